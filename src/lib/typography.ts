import type { Paragraph, Root, Text } from 'mdast';
import remarkSmartypantsLean from '../plugins/remark-smartypants-lean/index.ts';

// The body's typography, as one transformer: titles and summaries get exactly what the pipeline gives the text
// under them, because it is the same code run over the same kind of tree (one paragraph of one text node).
const typesetTree = remarkSmartypantsLean();

/** What smartypants can change: straight quotes and backticks, `--`, and dots with or without spaces between. */
const CAN_CHANGE = /["'`]|--|\.\s*\./;

// A title is shown on its page, in every list, feed and card; each distinct text is typeset once per build.
const typesetTexts = new Map<string, string>();

/**
 * A plain text (a title, a summary: not Markdown) with the body's typography: curly quotes and apostrophes,
 * `--` as an em dash, `...` as an ellipsis (src/plugins/remark-smartypants-lean). `Europe's` → `Europe’s`.
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

/** A brief's other prose in its frontmatter, typeset as its title and summary. */
export interface BriefProse {
  byline: string | undefined;
  editorNote: string | undefined;
  corrections: Array<{ date: Date; text: string }>;
}

/** The byline, editor's note and corrections of a brief with the body's typography, for its page, feeds and JSON-LD. */
export function getBriefProse(data: {
  byline?: string | undefined;
  editorNote?: string | undefined;
  corrections?: ReadonlyArray<{ date: Date; text: string }> | undefined;
}): BriefProse {
  const smartenOptional = (text: string | undefined) => (text === undefined ? undefined : smartenText(text));
  return {
    byline: smartenOptional(data.byline),
    editorNote: smartenOptional(data.editorNote),
    corrections: (data.corrections ?? []).map(({ date, text }) => ({ date, text: smartenText(text) })),
  };
}
