import { removeSourceRefs } from '../grammar.ts';
import { getWordSegmenter } from '../segmenters.ts';

/** Words a reader reads in a minute: the usual figure for news prose read on screen. */
export const WORDS_PER_MINUTE = 230;

/**
 * What is not prose in a brief's Markdown besides its citation groups: numbered link definitions
 * (`[2]: https://…`) and URLs in links (`](https://…)`), which readers do not read word by word.
 */
const NOT_PROSE = /^\[\d+\]:.*$|\]\([^)]*\)/gm;

/**
 * Counts the words of a text with the language's own word breaks (Intl.Segmenter), so that Chinese or Thai,
 * written without spaces, count as words too rather than as one long word per sentence.
 */
export function countWords(text: string, lang = 'en'): number {
  let count = 0;
  for (const segment of getWordSegmenter(lang).segment(text)) if (segment.isWordLike) count += 1;
  return count;
}

/** Whole minutes it takes to read a brief's Markdown body, at least 1. */
export function getReadingMinutes(markdown: string, lang?: string): number {
  const words = countWords(removeSourceRefs(markdown.replace(NOT_PROSE, ' ')), lang);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
