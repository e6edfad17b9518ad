/**
 * The typography of the pipeline for one plain text: what remark-smartypants-lean does to the body, done to a
 * text that never goes through Markdown, such as a source's title from the frontmatter. One function, so the
 * source list, the source cards and the pages typeset such texts alike, and as the body.
 */
import { retext } from 'retext';
import smartypants from 'retext-smartypants';

/** The first pass of remark-smartypants: quotes only, which pair across a whole document. */
export const QUOTES_PASS = retext()
  .use(smartypants, { ellipses: false, dashes: false, backticks: false })
  .freeze();

/** The second pass of remark-smartypants: `--` to an em dash, dots to an ellipsis, doubled backticks and quotes. */
export const DASHES_AND_ELLIPSES_PASS = retext().use(smartypants, { quotes: false }).freeze();

/**
 * What the second pass can change: `--` (a dash), dots with or without spaces between (`...`, `. . .`), and
 * doubled backticks or straight single quotes (backtick quotes). A text with none of them comes out as it went in.
 */
export const SECOND_PASS_CAN_CHANGE = /--|\.\s*\.|``|''/;

// What either pass can change: a straight quote or backtick, or what the second pass looks for.
const EITHER_PASS_CAN_CHANGE = /["'`]|--|\.\s*\./;

/**
 * Typesets a plain text as the body is typeset: `"Europe's" -- and...` becomes `“Europe’s” — and…`. Quotes pair
 * within the text only. Most titles hold nothing to change and are returned as they are, without a parse.
 */
export function smartenText(text: string): string {
  if (!EITHER_PASS_CAN_CHANGE.test(text)) return text;
  const curled = QUOTES_PASS.processSync(text).toString();
  return SECOND_PASS_CAN_CHANGE.test(curled)
    ? DASHES_AND_ELLIPSES_PASS.processSync(curled).toString()
    : curled;
}
