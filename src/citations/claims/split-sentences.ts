/**
 * Splits a paragraph's flat text into sentences with the platform's Unicode sentence rules (`Intl.Segmenter`,
 * ICU), then corrects them where a news reader would read otherwise:
 *
 * - after an abbreviation: `U.S. President`, `Mr. Guo`, `Jan. 5`, `Nos. 3 and 4`, `John F. Kennedy` (ICU
 *   breaks at every `. ` before a capital), unless a citation group stands at the break, which shows the
 *   writer ended a claim; an all-capitals word is a name or an acronym, not an abbreviation: `told NOS. The`;
 * - inside a quotation: `He said, “We agree. We will talk.”` is one claim, attributed as a whole;
 * - around quotations and ellipses (sentence-continuations.ts): `“Why now?” she asked.` is one sentence,
 *   `The talks stalled… The minister left.` two.
 *
 * Decimal numbers (`3.5 percent`) and CJK sentence ends (`。！？`, with or without a closing `」』”）`) are
 * the Unicode rules' own.
 */
import { continuesSentence, findEllipsisBreaks } from './sentence-continuations.ts';

/** A sentence: offsets of its first and last-plus-one non-space characters in the flat text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** What may not be split: quotations, as [start, end) ranges, and the offsets of citation groups. */
export interface SplitContext {
  quotations: ReadonlyArray<{ start: number; end: number; closed: boolean }>;
  groupOffsets: readonly number[];
}

/**
 * Words that end in a full stop without ending a sentence: titles, months as news styles abbreviate them, and
 * Latin abbreviations. Lower case; matched case-insensitively on the word before the stop, unless that word is
 * all capitals (`NOS`, the Dutch broadcaster, is not `Nos.`, numbers).
 */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms mx dr prof sen rep gov gen lt col capt cmdr sgt adm maj st mt jr sr rev hon pres no nos vs ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec approx est fig e.g i.e cf'
  ).split(' '),
);

/** Characters after which a word starts: spaces, an opening bracket, a quote. */
const WORD_START = /[\s(“"‘]/u;

/** A word of single letters with stops between them, the final stop left off: `F`, `U.S`, `e.g`. */
const DOTTED_LETTERS = /^(?:\p{L}\.)*\p{L}$/u;

/** Initials and dotted capitals: `F`, `U.S`, `U.K`. Not `a.m` or `p.m`, which often end a sentence. */
const DOTTED_CAPITALS = /^\p{Lu}(?:\.\p{Lu})*$/u;

/** Two or more capitals and nothing else: an acronym or a name (`NOS`, `BBC`), which may end a sentence. */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** Whether `text` (trimmed) ends in an abbreviation rather than a sentence's full stop. */
export function endsWithAbbreviation(text: string): boolean {
  if (!text.endsWith('.')) return false;
  // The last word, without its final stop; read backwards, as only the end of the text matters.
  let start = text.length - 1;
  while (start > 0 && !WORD_START.test(text[start - 1] ?? '')) start -= 1;
  const word = text.slice(start, -1);
  if (!DOTTED_LETTERS.test(word) && !/^\p{L}+$/u.test(word)) return false;
  if (DOTTED_CAPITALS.test(word)) return true;
  return !ACRONYM.test(word) && ABBREVIATIONS.has(word.toLowerCase());
}

/** A letter or a digit: a segment without one (a lone dash, an ellipsis) is no sentence. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** The sentences of `text`, in order, trimmed; segments with no letter or digit are dropped. */
export function splitSentences(
  text: string,
  segmenter: Intl.Segmenter,
  context: SplitContext,
): SentenceSpan[] {
  const candidates = new Set(findEllipsisBreaks(text));
  for (const { index } of segmenter.segment(text)) if (index > 0) candidates.add(index);
  const breaks = [...candidates].sort((a, b) => a - b).filter((index) => keepsBreak(text, index, context));
  const spans: SentenceSpan[] = [];
  [0, ...breaks].forEach((start, i) => {
    const span = trimSpan(text, start, breaks[i] ?? text.length);
    if (span && WORD_CHARACTER.test(text.slice(span.start, span.end))) spans.push(span);
  });
  return spans;
}

/**
 * Whether a break at `index` stands: not inside a closed quotation, not where the sentence reads on, not after
 * an abbreviation.
 */
function keepsBreak(text: string, index: number, context: SplitContext): boolean {
  if (context.quotations.some((quote) => quote.closed && quote.start < index && index < quote.end)) {
    return false;
  }
  if (continuesSentence(text, index)) return false;
  const window = text.slice(Math.max(0, index - 40), index);
  const before = window.trimEnd();
  if (!endsWithAbbreviation(before)) return true;
  // A group right after the abbreviation (`in the U.S. [1] Talks…`) shows the sentence did end there.
  const stop = index - (window.length - before.length);
  return context.groupOffsets.some((offset) => offset >= stop && offset <= index);
}

function trimSpan(text: string, start: number, end: number): SentenceSpan | undefined {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to -= 1;
  return to > from ? { start: from, end: to } : undefined;
}
