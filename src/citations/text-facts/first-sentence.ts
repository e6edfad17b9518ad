import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { removeSourceRefs } from '../grammar.ts';
import { getSentenceSegmenter } from '../segmenters.ts';

/**
 * The first sentence of a brief's body, as plain text without its citations: the summary of a brief that
 * has none of its own. Only the first paragraph is parsed, so this stays cheap on long briefs.
 */
export function getFirstSentence(body: string, locale = 'en'): string {
  const firstParagraph = body.trim().split(/\r?\n\s*\r?\n/, 1)[0] ?? '';
  const text = removeSourceRefs(toString(fromMarkdown(firstParagraph)))
    .replace(/\s+/g, ' ')
    .trim();
  const first = getSentenceSegmenter(locale).segment(text)[Symbol.iterator]().next().value;
  return (first?.segment ?? text).trim();
}
