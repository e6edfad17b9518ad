import type { Nodes, Parent, Root } from 'mdast';

/**
 * Where satteri and micromark may read a document differently (see index.ts): such a document goes to
 * micromark. Each test errs on the side of micromark: a false alarm costs only time.
 */

/** A character outside the first plane (emoji, rare CJK) beside a mark of emphasis or strikethrough. */
const ASTRAL_BESIDE_MARK = /[*_~][\u{10000}-\u{10FFFF}]|[\u{10000}-\u{10FFFF}][*_~]/u;

/** A lone surrogate (a broken character) or a NUL, which micromark replaces and satteri keeps. */
const BROKEN_CHARACTER = /\p{Surrogate}|\0/u;

/**
 * Blocks whose ends the parsers find differently inside lists and quotes, or after a thematic break: code (fenced
 * or indented), raw HTML (an editor's `<!-- note -->`), footnote definitions; and link definitions, after which
 * satteri may miss a list that starts at 2.
 */
const UNEVEN_BLOCKS = new Set<Nodes['type']>(['code', 'html', 'footnoteDefinition', 'definition']);

/** Blocks that a table right after may continue lazily in micromark's reading. */
const LAZY_CONTAINERS = new Set<Nodes['type']>(['list', 'blockquote']);

/** What GFM's literal autolinks start from: `www.`, a scheme's `://`, an e-mail's `@`. */
const AUTOLINK_LITERAL = /www\.|:\/\/|@/i;

/** A table's delimiter row (`|---|:--:|`) left in a paragraph's text, where a lazy line may make it a table. */
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/m;

export const needsMicromark = {
  /** Before parsing: the text has a construct the parsers read differently. */
  byText(document: string): boolean {
    return ASTRAL_BESIDE_MARK.test(document) || BROKEN_CHARACTER.test(document);
  },
  /** After parsing with satteri: the tree has a node the parsers may read differently (see `isUneven`). */
  byTree(tree: Root, document: string): boolean {
    return tree.children.some((child) => hasUnevenNode(child, tree, document));
  },
};

function hasUnevenNode(node: Nodes, parent: Parent, document: string): boolean {
  if (isUneven(node, parent, document)) return true;
  return 'children' in node && node.children.some((child) => hasUnevenNode(child, node, document));
}

/** The sibling before `node` in `parent`. */
function before(node: Nodes, parent: Parent): Nodes | undefined {
  const index = parent.children.indexOf(node as Parent['children'][number]);
  return index > 0 ? parent.children[index - 1] : undefined;
}

/**
 * - text where micromark might find a literal autolink or a table, or a link satteri made of one (it starts at neither
 *   `[` nor `<`, and its text may have lost the `www.`: `www. ` gives a link `www`);
 * - an uneven block (above);
 * - a task item, whose `[ ]` one reads and the other not when its paragraph turns into a heading;
 * - a table inside a list item or quotation, or right after one, which a lazy line may have started.
 */
function isUneven(node: Nodes, parent: Parent, document: string): boolean {
  switch (node.type) {
    case 'text':
      return (
        AUTOLINK_LITERAL.test(node.value) || (node.value.includes('|') && DELIMITER_ROW.test(node.value))
      );
    case 'link': {
      const start = node.position?.start.offset;
      const opening = start === undefined ? undefined : document[start];
      return opening !== '[' && opening !== '<';
    }
    case 'listItem':
      return typeof node.checked === 'boolean';
    case 'table': {
      const previous = before(node, parent);
      return parent.type !== 'root' || (previous !== undefined && LAZY_CONTAINERS.has(previous.type));
    }
    default:
      return UNEVEN_BLOCKS.has(node.type);
  }
}
