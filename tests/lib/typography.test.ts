import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { getBriefProse, smartenText } from '../../src/lib/typography.ts';
import remarkSmartypantsLean from '../../src/plugins/remark-smartypants-lean/index.ts';

const body = unified().use(remarkParse).use(remarkSmartypantsLean);

/** The text of a one-paragraph Markdown body after the pipeline's typography. */
function typesetAsBody(markdown: string): string {
  const tree = body.runSync(body.parse(markdown)) as Root;
  const paragraph = tree.children[0];
  const text = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
  return text?.type === 'text' ? text.value : '';
}

describe('smartenText', () => {
  it.each([
    ["Europe's AI rules", 'Europe’s AI rules'],
    ['Guo said "China and the US" agreed', 'Guo said “China and the US” agreed'],
    ["'Single' quotes and the '80s", '‘Single’ quotes and the ’80s'],
    ['Talks -- and more... later', 'Talks — and more… later'],
    ['“Already curly” text’s kept', '“Already curly” text’s kept'],
    ['No quotes at all: 3 - 2 = 1.', 'No quotes at all: 3 - 2 = 1.'],
    ['中美同意启动人工智能政府间对话', '中美同意启动人工智能政府间对话'],
  ])('typesets %s', (text, expected) => {
    expect(smartenText(text)).toBe(expected);
  });

  it.each([
    `He said, "It's done" -- and left... Then: "'Quoted' words in a larger quote."`,
    "The students' union and ``backticks'' and ''doubled'' marks.",
    'Dots . . . spaced, .... four, and two.. dots; three---dashes.',
  ])('gives the body’s typography for %s', (text) => {
    expect(smartenText(text)).toBe(typesetAsBody(text));
  });

  it('gives the same text on a second call (typeset once, then remembered)', () => {
    expect(smartenText("It's")).toBe('It’s');
    expect(smartenText("It's")).toBe('It’s');
  });
});

describe('getBriefProse', () => {
  it('typesets the byline, the editor’s note and each correction, and keeps what is missing missing', () => {
    const date = new Date(Date.UTC(2026, 4, 20));
    expect(
      getBriefProse({
        byline: "Siobhán O'Neill",
        editorNote: `Matched to the brief's numbering.`,
        corrections: [{ date, text: `An earlier version misspelt "Guo".` }],
      }),
    ).toEqual({
      byline: 'Siobhán O’Neill',
      editorNote: 'Matched to the brief’s numbering.',
      corrections: [{ date, text: 'An earlier version misspelt “Guo”.' }],
    });
    expect(getBriefProse({})).toEqual({ byline: undefined, editorNote: undefined, corrections: [] });
  });
});
