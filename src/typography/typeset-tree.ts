/**
 * The typography of Footnoted's text, in one place: the pipeline's remark-smartypants-lean runs it over each
 * brief's tree, and smartenText (./index.ts) over titles, summaries and source titles, so a title and the text
 * under it are typeset alike. The typography of remark-smartypants (the plugin Astro runs by default: curly
 * quotes, em dashes for `--`, ellipses), with the same output at about half the cost.
 *
 * remark-smartypants runs retext twice: once over the whole document for quotes (they pair across emphasis
 * and links), then once more for EVERY text node, for dashes, ellipses and backticks. That second pass is
 * half of its cost and changes nothing in a text without `--`, two dots or doubled quote marks, which is
 * nearly every text of a news brief; here it runs only where it can change something. The first pass is
 * unchanged. tests/plugins/remark-smartypants-lean/ compares the two plugins' trees.
 */
import type { Literal, Node, Parent, Root } from 'mdast';
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

// As in remark-smartypants: the nodes whose text is read, and the blocks that start a text afresh.
const VISITED = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * What the second pass can change: `--` (a dash), dots with or without spaces between (`...`, `. . .`), and
 * doubled backticks or straight single quotes (backtick quotes). A text with none of them comes out as it went in.
 */
const SECOND_PASS_CAN_CHANGE = /--|\.\s*\.|``|''/;

/**
 * What the first pass changes: straight quote marks, and nothing else. A text without one (typeset already,
 * with curly quotes, or in a script that uses other marks, like Chinese) comes out as it went in, and skipping
 * the natural-language tree saves a sixth of a render.
 */
const FIRST_PASS_CAN_CHANGE = /["']/;

/**
 * Makes the typesetter: a function that curls quotes, and turns `--` into an em dash and `...` into an
 * ellipsis, in place in a Markdown tree, exactly as remark-smartypants does. Made once, used for many trees.
 */
export function createTypesetter(): (tree: Root) => undefined {
  const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
  const dashesAndEllipses = retext().use(smartypants, { quotes: false });
  return (tree: Root): undefined => {
    const nodes = collectNodes(tree);
    // Code is replaced by letters of the same length, so quotes next to it pair as they would around a word.
    const text = nodes.map((node) =>
      isLiteral(node) ? (node.type === 'text' ? node.value : 'A'.repeat(node.value.length)) : ' ',
    );
    const joined = text.join('');
    const curled = FIRST_PASS_CAN_CHANGE.test(joined) ? quotes.processSync(joined).toString() : joined;
    let start = 0;
    for (const node of nodes) {
      const length = isLiteral(node) ? node.value.length : 1;
      if (node.type === 'text' && isLiteral(node)) {
        const value = curled.slice(start, start + length);
        node.value = SECOND_PASS_CAN_CHANGE.test(value)
          ? dashesAndEllipses.processSync(value).toString()
          : value;
      }
      start += length;
    }
  };
}

/** The text nodes, code spans and blocks, in document order, as remark-smartypants visits them. */
function collectNodes(tree: Root): Node[] {
  const nodes: Node[] = [];
  visit(tree, (node, _index, parent?: Parent) => {
    if (parent && VISITED.has(node.type) && (isLiteral(node) || BLOCKS.has(node.type))) nodes.push(node);
  });
  return nodes;
}

function isLiteral(node: Node): node is Literal {
  return 'value' in node && typeof node.value === 'string';
}
