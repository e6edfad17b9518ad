/**
 * The Unicode sentence and word breakers (`Intl.Segmenter`, ICU) of each language, made once per process:
 * making one costs more than using it, and every brief of a build asks for them.
 */

const sentenceSegmenters = new Map<string, Intl.Segmenter>();
const wordSegmenters = new Map<string, Intl.Segmenter>();

/** The sentence rules of `locale` (a BCP 47 tag such as `en` or `zh-Hans`); English for a tag ICU refuses. */
export function getSentenceSegmenter(locale: string | undefined): Intl.Segmenter {
  return getSegmenter(sentenceSegmenters, locale, 'sentence');
}

/** The word rules of `locale`, which find words in Chinese or Thai too, written without spaces. */
export function getWordSegmenter(locale: string | undefined): Intl.Segmenter {
  return getSegmenter(wordSegmenters, locale, 'word');
}

function getSegmenter(
  cache: Map<string, Intl.Segmenter>,
  locale: string | undefined,
  granularity: 'sentence' | 'word',
): Intl.Segmenter {
  const key = locale || 'en';
  let segmenter = cache.get(key);
  if (!segmenter) {
    segmenter = createSegmenter(key, granularity);
    cache.set(key, segmenter);
  }
  return segmenter;
}

function createSegmenter(locale: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  try {
    return new Intl.Segmenter(locale, { granularity });
  } catch {
    return new Intl.Segmenter('en', { granularity });
  }
}
