/**
 * Direct quotations in a paragraph's text. remark-smartypants has curled straight quotes by the time remark
 * plugins run, but straight ones survive where it leaves them, so both kinds are read:
 *
 *   “…”  "…"  «…»  „…“   double quotes: always a quotation
 *   「…」  『…』          corner brackets, the quotation marks of Japanese and traditional Chinese: the same
 *   ‘…’                  single quotes: only when `‘` opens a word and a `’` closes one, so that the
 *                        apostrophes of `world’s` and `’90s` are never read as quotation marks
 *
 * A double quote that is never closed in its paragraph (a quotation that runs on into the next paragraph, or a
 * stray mark) opens a quotation that runs to the end of its sentence.
 */

/** One quotation: offsets in the text. */
export interface QuotationSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offsets of the quoted words, marks excluded. */
  contentStart: number;
  contentEnd: number;
  /** Offset just after the closing mark; the text's length when the quotation is never closed. */
  end: number;
  closed: boolean;
}

/** The closing mark of each double opening mark. */
const DOUBLE_CLOSERS: Readonly<Record<string, string>> = {
  '“': '”',
  '"': '"',
  '«': '»',
  '„': '“',
  '「': '」',
  '『': '』',
};

/** Every character that may open a quotation. */
const OPENERS = /["“«„‘「『]/g;

/** A letter or a digit: quoted words hold at least one, and a closing `’` followed by one is an apostrophe. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** What may stand before an opening `‘`: nothing, a space, an opening bracket or dash, or a double quote. */
const BEFORE_SINGLE_OPENER = /[\s\p{Ps}\p{Pd}“"«„]/u;

/** Finds the quotations of `text`, in order, outside the `code` ranges; nested quotations are part of theirs. */
export function findQuotations(text: string, code: ReadonlyArray<[number, number]> = []): QuotationSpan[] {
  const found: QuotationSpan[] = [];
  let from = 0;
  for (const match of text.matchAll(OPENERS)) {
    const start = match.index;
    if (start < from || isInCode(start, code)) continue;
    const span = match[0] === '‘' ? readSingle(text, start) : readDouble(text, start);
    if (!span || !WORD_CHARACTER.test(text.slice(span.contentStart, span.contentEnd))) continue;
    found.push(span);
    from = span.closed ? span.end : start + 1;
  }
  return found;
}

function readDouble(text: string, start: number): QuotationSpan {
  const closer = DOUBLE_CLOSERS[text[start] ?? ''] ?? '”';
  const close = text.indexOf(closer, start + 1);
  if (close === -1) {
    return { start, contentStart: start + 1, contentEnd: text.length, end: text.length, closed: false };
  }
  return { start, contentStart: start + 1, contentEnd: close, end: close + 1, closed: true };
}

function readSingle(text: string, start: number): QuotationSpan | undefined {
  if (start > 0 && !BEFORE_SINGLE_OPENER.test(text[start - 1] ?? '')) return undefined;
  for (let close = text.indexOf('’', start + 1); close !== -1; close = text.indexOf('’', close + 1)) {
    if (!WORD_CHARACTER.test(text[close + 1] ?? '')) {
      return { start, contentStart: start + 1, contentEnd: close, end: close + 1, closed: true };
    }
  }
  return undefined;
}

function isInCode(offset: number, code: ReadonlyArray<[number, number]>): boolean {
  return code.some(([start, end]) => offset >= start && offset < end);
}
