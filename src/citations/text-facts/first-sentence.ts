import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

// A citation group such as ` [1, 2, 3–5]`, with the space before it: the same shape the citation plugin
// reads (one to three digits, commas, any dash for ranges), so a summary never shows stray numbers.
const CITATION_GROUP =
  /\s*\[\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?(?:\s*,\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?)*\s*\]/g;

/**
 * The first sentence of a brief's body, as plain text without its citations: the summary of a brief that
 * has none of its own. Only the first paragraph is parsed, so this stays cheap on long briefs.
 */
export function getFirstSentence(body: string, locale = 'en'): string {
  const firstParagraph = body.trim().split(/\r?\n\s*\r?\n/, 1)[0] ?? '';
  const text = toString(fromMarkdown(firstParagraph)).replace(CITATION_GROUP, '').replace(/\s+/g, ' ').trim();
  const first = getSegmenter(locale).segment(text)[Symbol.iterator]().next().value;
  return (first?.segment ?? text).trim();
}

// One segmenter per language for the whole build: making one costs more than using it.
const segmenters = new Map<string, Intl.Segmenter>();

function getSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}
