import type { Paragraph, Root, Text } from 'mdast';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkSmartypantsLean from '../../src/plugins/remark-smartypants-lean/index.ts';
import { smartenText } from '../../src/typography/index.ts';

/** What the body's typography makes of `value` as the one text of a paragraph. */
function typesetAsBody(value: string): string {
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] };
  unified().use(remarkSmartypantsLean).runSync(tree);
  return ((tree.children[0] as Paragraph).children[0] as Text).value;
}

describe('smartenText', () => {
  it.each([
    ['Europe\'s "big" day', 'Europe’s “big” day'],
    ["'Single' quotes and the '80s", '‘Single’ quotes and the ’80s'],
    ['A dash -- and dots...', 'A dash — and dots…'],
    ["``Backticks''", '“Backticks”'],
    ['People’s Daily, already curly', 'People’s Daily, already curly'],
    ['Nothing to change: 3 < 4 & so on', 'Nothing to change: 3 < 4 & so on'],
    ['', ''],
  ])('typesets %j as %j', (text, expected) => {
    expect(smartenText(text)).toBe(expected);
  });

  it('gives a text what the body’s typography gives it', () => {
    const texts = [
      'AI rivalry overshadows push for guardrails at Xi-Trump talks: experts',
      'He said, "It\'s done" -- and left... Then: "\'Quoted\' words."',
      "The students' union, rock 'n' roll and the '90s",
      'Dots . . . spaced, .... four; three---dashes',
    ];
    expect(texts.map(smartenText)).toEqual(texts.map(typesetAsBody));
  });
});
