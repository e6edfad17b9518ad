/**
 * remark-parse-native: parses Markdown with satteri, the Rust parser behind Astro 7's own Markdown processor,
 * into the very mdast tree remark-parse and remark-gfm give (node for node, positions included), about thirty
 * times faster. Parsing was two thirds of a brief's render (docs/performance.md).
 *
 * The trees are the same wherever CommonMark and GFM say the same thing. They differ where the two parsers read
 * an older and a newer rule: GFM's literal autolinks (`www.x`, `https://x`, `a@b.c` in text, which micromark
 * finds in a later pass, some of its nodes without positions) and emphasis marks beside a character outside
 * Unicode's first plane (an emoji: `*😀*`). A document that has either is parsed by remark-parse as before, so
 * every brief gets micromark's tree. tests/plugins/remark-parse-native/ compares both parsers on every fixture,
 * the CommonMark examples and generated documents.
 *
 * Use it after remark-parse and remark-gfm, whose parser it keeps for those documents.
 */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import type { Plugin } from 'unified';
import { needsMicromark } from './needs-micromark.ts';

/** The features that match remark-parse with remark-gfm: GFM on, no frontmatter (Astro strips it first). */
const FEATURES = { gfm: true, frontmatter: false } as const;

/** Replaces the processor's parser with satteri's, keeping the parser it had for the documents it must read. */
const remarkParseNative: Plugin<[], string, Root> = function () {
  const micromarkParser = this.parser;
  if (!micromarkParser) throw new Error('remark-parse-native: use it after remark-parse and remark-gfm');
  this.parser = (document, file) => {
    if (!needsMicromark.byText(document)) {
      const tree = markdownToMdast(document, { features: FEATURES }) as Root;
      if (!needsMicromark.byTree(tree, document)) return tree;
    }
    return micromarkParser(document, file) as Root;
  };
};

export default remarkParseNative;
