import { cleanText } from './clean-text.ts';

/**
 * APA and Harvard references: `Smith, J., & Lee, K. (2024, May 3). "Title." Publisher.` and
 * `Kaplan, J. (2003). Title: part. *Journal, 108*(19), 8171.`
 */

/** APA's start: the authors, then the year in parentheses (a date may follow it: `(2024, May 3)`). */
const APA = new RegExp(
  [
    '^(.+?)', // group 1: the authors, as few characters as possible
    '\\s*\\((\\d{4}[^)]*)\\)', // group 2: `2024` or `2024, May 3`, without the parentheses
    '\\.?\\s*(.*)$', // group 3: the rest (title, publisher), after an optional full stop
  ].join(''),
  's',
);

/** The authors before an APA year, and the year's parentheses (for its date) and the text after it. */
export function matchApa(text: string): { author: string; year: string; rest: string } | undefined {
  const match = APA.exec(text.trim());
  const author = match?.[1]?.trim() ?? '';
  // Authors end with an initial's full stop or list names with commas: `Smith, J.`, `Reuters.`, and hold no
  // colon; a title followed by a year (`Annual report (2023 edition)`, `Tan, T.: Title, … (2005).`) is no APA
  // reference, nor is a year with nothing after it.
  const rest = match?.[3] ?? '';
  if (!match || !/[.,&]/.test(author) || /[:：]/.test(author) || !/\p{Letter}/u.test(rest)) return undefined;
  return { author: cleanText(author) ?? author, year: match[2] ?? '', rest };
}

/**
 * The title and publisher after an APA year: the title in italics and the publisher after it (`*Report*. WMO.`),
 * the journal in italics after the title, else the title and the next sentence.
 */
export function readApaRest(words: string): { title?: string; publisher?: string } {
  const italic = /\*([^*]+)\*|_([^_]+)_/.exec(words);
  const before = italic ? cleanText(words.slice(0, italic.index)) : undefined;
  if (italic && !before) {
    // A page, report or book: APA sets its title in italics, the site or publisher after it.
    const after = words.slice(italic.index + italic[0].length);
    return { title: cleanText(italic[1] ?? italic[2] ?? ''), publisher: cleanText(after) };
  }
  if (italic) {
    // An article: APA sets the journal in italics, its volume inside them: `*Journal of X, 108*(D19)`.
    const journal = (italic[1] ?? italic[2] ?? '').replace(/,\s*\d.*$/, '');
    return { title: before, publisher: cleanText(journal) };
  }
  const [title, ...publisher] = words.split(/(?<=[.。])\s+/);
  return { title: cleanText(title ?? ''), publisher: cleanText(publisher.join(' ')) };
}
