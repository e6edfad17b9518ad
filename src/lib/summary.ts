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
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const first = segmenter.segment(text)[Symbol.iterator]().next().value;
  return (first?.segment ?? text).trim();
}
