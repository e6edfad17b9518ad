/**
 * Where the Unicode sentence rules break a sentence that a reader reads on, and where they miss an end a
 * reader sees. ICU breaks after `?` or `!` and a closing quote whatever follows, and never after an ellipsis;
 * news text ends sentences after an ellipsis and attributes a quoted question in the same sentence:
 *
 * - `“Why now?” she asked.` and `“Donald Trump?” Tapper prompted.`: one sentence each;
 * - `「…遠征だ。」と述べた。`: one sentence (the Japanese quotative particle continues it);
 * - `“…主旋律。”陸慷說。`: one sentence (a Chinese attribution alone after the quotation);
 * - `The talks stalled… The minister left.`: two sentences.
 */

/** A closing quotation mark or bracket, after which ICU ends a sentence that ended inside the quotation. */
const CLOSING_QUOTE = /[”"’»」』]$/u;

/** A question or exclamation inside a quotation, as in `“Why now?”`: what a speech verb can attribute. */
const QUOTED_QUESTION = /[?!？！][”"’»」』]$/u;

/**
 * Verbs of speech that attribute a quotation (`Tapper asked`, `said Vermeulen`): in the first or second
 * word after a quoted question or exclamation, they make the attribution part of the quote's sentence.
 */
const SPEECH_VERB =
  /^(?:\S+\s+)?(?:said|says|asked|asks|added|adds|told|replied|replies|wrote|writes|explained|continued|concluded|insisted|prompted|responded|interrupted|shouted|joked|tweeted|wondered)\b/u;

/**
 * Japanese particles that continue a sentence after a closing bracket: `「…」と述べた` (and `との`, `として`),
 * `「…」が`, `「…」を`. A sentence never starts with one of them right after a quotation.
 */
const JAPANESE_PARTICLE = /^[とがをはのにもで]/u;

/** A Chinese attribution that is a whole sentence: a name of up to eight characters, a verb of speech, `。`. */
const CHINESE_ATTRIBUTION = /^[\p{Script=Han}·]{1,8}(?:说|說|表示|称|稱|指出|强调|強調)。/u;

/** Whether the sentence goes on at `index`, where the Unicode rules break: see the file comment. */
export function continuesSentence(text: string, index: number): boolean {
  const next = text.slice(index, index + 40);
  // A sentence starts with a capital in scripts with case: `“Stop!” he said.` reads on.
  if (/^\p{Ll}/u.test(next)) return true;
  const before = text.slice(Math.max(0, index - 8), index).trimEnd();
  if (CLOSING_QUOTE.test(before) && (JAPANESE_PARTICLE.test(next) || CHINESE_ATTRIBUTION.test(next))) {
    return true;
  }
  return QUOTED_QUESTION.test(before) && SPEECH_VERB.test(next);
}

/**
 * An ellipsis that ends a sentence: `…` (or `...`), spaces, then a capital, perhaps after an opening quote or
 * bracket. Mid-sentence (`stalled … and then`), a lowercase word follows, and the sentence goes on.
 */
const ENDING_ELLIPSIS = /(?:…|\.\.\.)\s+(?=[“"‘(]?\p{Lu})/gu;

/** Offsets where a sentence ends after an ellipsis, which the Unicode rules do not break at. */
export function findEllipsisBreaks(text: string): number[] {
  if (!text.includes('…') && !text.includes('...')) return [];
  return [...text.matchAll(ENDING_ELLIPSIS)].map((match) => match.index + match[0].length);
}
