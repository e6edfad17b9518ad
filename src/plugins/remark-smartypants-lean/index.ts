/**
 * remark-smartypants-lean: the typography of remark-smartypants (the plugin Astro runs by default: curly
 * quotes, em dashes for `--`, ellipses), with the same output at about half the cost.
 *
 * remark-smartypants runs retext twice: once over the whole document for quotes (they pair across emphasis
 * and links), then once more for EVERY text node, for dashes, ellipses and backticks. That second pass is
 * half of its cost and changes nothing in a text without `--`, two dots or doubled quote marks, which is
 * nearly every text of a news brief; here it runs only where it can change something. The first pass is
 * unchanged. tests/plugins/remark-smartypants-lean/ compares the two plugins' trees.
 *
 * Astro's own smartypants is turned off in the pipeline (src/plugins/index.ts) and this plugin runs first of
 * ours, in the same place. A pure unified plugin: no Astro import, no file system, network or clock.
 */
import type { Literal, Node, Parent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { DASHES_AND_ELLIPSES_PASS, QUOTES_PASS, SECOND_PASS_CAN_CHANGE } from './smarten-text.ts';

export { smartenText } from './smarten-text.ts';

// As in remark-smartypants: the nodes whose text is read, and the blocks that start a text afresh.
const VISITED = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** Curls quotes, and turns `--` into an em dash and `...` into an ellipsis, exactly as remark-smartypants. */
export default function remarkSmartypantsLean() {
  return (tree: Root): undefined => {
    const nodes = collectNodes(tree);
    // Code is replaced by letters of the same length, so quotes next to it pair as they would around a word.
    const text = nodes.map((node) =>
      isLiteral(node) ? (node.type === 'text' ? node.value : 'A'.repeat(node.value.length)) : ' ',
    );
    const curled = QUOTES_PASS.processSync(text.join('')).toString();
    let start = 0;
    for (const node of nodes) {
      const length = isLiteral(node) ? node.value.length : 1;
      if (node.type === 'text' && isLiteral(node)) {
        const value = curled.slice(start, start + length);
        node.value = SECOND_PASS_CAN_CHANGE.test(value)
          ? DASHES_AND_ELLIPSES_PASS.processSync(value).toString()
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
