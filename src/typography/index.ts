/**
 * Footnoted's typography, the public face: `smartenText` for plain texts. The pipeline typesets each brief's
 * tree with the same engine (./typeset-tree.ts, through remark-smartypants-lean).
 */
import type { Paragraph, Root, Text } from 'mdast';
import { createTypesetter } from './typeset-tree.ts';

// The body's typography, as one transformer: titles and summaries get exactly what the pipeline gives the text
// under them, because it is the same code run over the same kind of tree (one paragraph of one text node).
const typesetTree = createTypesetter();

/** What smartypants can change: straight quotes and backticks, `--`, and dots with or without spaces between. */
const CAN_CHANGE = /["'`]|--|\.\s*\./;

// A title is shown on its page, in every list, feed and card; each distinct text is typeset once per build.
const typesetTexts = new Map<string, string>();

/**
 * A plain text (a title, a summary: not Markdown) with the body's typography: curly quotes and apostrophes,
 * `--` as an em dash, `...` as an ellipsis (./typeset-tree.ts). `Europe's` → `Europe’s`.
 */
export function smartenText(text: string): string {
  if (!CAN_CHANGE.test(text)) return text;
  let typeset = typesetTexts.get(text);
  if (typeset === undefined) {
    typeset = typesetAsParagraph(text);
    typesetTexts.set(text, typeset);
  }
  return typeset;
}

function typesetAsParagraph(value: string): string {
  const node: Text = { type: 'text', value };
  const paragraph: Paragraph = { type: 'paragraph', children: [node] };
  const tree: Root = { type: 'root', children: [paragraph] };
  typesetTree(tree);
  return node.value;
}
