import { cleanText } from './clean-text.ts';
import type { ItemFields } from './read-item-fields.ts';

/**
 * References in the styles of libraries and journals, which name the kind of document in brackets:
 *   GB/T 7714 (Chinese):  `海关总署. 2025年9月进出口数据[EB/OL]. (2025-10-13). http://…`
 *                         `张三, 李四. 题名[J]. 期刊名, 2020, 12(3): 1-5.`   `作者. 题名[N]. 人民日报, 2025-10-13(01).`
 *   Vancouver (medicine): `World Meteorological Organization. State of the Climate. Geneva: WMO; 2025.
 *                         Available from: https://…`   `Title [Internet]. Place: Publisher; 2024 [cited …].`
 */

/** GB/T 7714's document types: book, newspaper, journal, report, web page (`EB/OL`), database … */
const GBT_TYPE = '(?:M|C|N|J|D|R|S|P|G|Z|A|EB|DB|CP|DK|ZJ)(?:/(?:OL|CD|MT|DK))?';

/** The responsible party, the title up to its type tag, and what follows. */
const GBT = new RegExp(
  [
    '^(?:(.+?)\\s*[.．]\\s*)?', // group 1: the authors or the organisation, up to the first full stop
    '([^.．[\\]]+?)\\s*', // group 2: the title
    `\\[${GBT_TYPE}\\]\\s*[.．]?\\s*`, // the type tag: `[J]`, `[EB/OL]`
    '(.*)$', // group 3: the rest: journal or paper, place and publisher, dates
  ].join(''),
  's',
);

/** A GB/T 7714 reference's fields; the organisation that wrote a web page is its publisher. */
export function readGbtReference(words: string): ItemFields | undefined {
  const match = GBT.exec(words.trim());
  if (!match) return undefined;
  const [, party, title = '', rest = ''] = match;
  // `北京: 出版社, 2020` gives the publisher after the place; `期刊名, 2020, 12(3)` the journal before the year.
  const details = rest.replace(/\[[^\]]*\]|\([^)]*\)|（[^）]*）/g, ' ');
  const source = cleanText(details.split(/[,，]/)[0]?.replace(/^[^:：]*[:：]/, '') ?? '');
  const author = cleanText(party ?? '');
  return source
    ? { title: cleanText(title), publisher: source, author }
    : { title: cleanText(title), publisher: author };
}

/** Vancouver's marks of a web document, and its publication part: `Geneva: WMO; 2025`. */
const VANCOUVER_MARK = /\[Internet\]|\bAvailable (?:from|at)\b|\[cited\b/i;
const PUBLICATION = /^[^:;]{1,60}:\s*([^;]+?)\s*(?:;|$)/;

/** A Vancouver reference's fields: authors, title, then `Place: Publisher; Year`. */
export function readVancouverReference(words: string): ItemFields | undefined {
  if (!VANCOUVER_MARK.test(words)) return undefined;
  const text = words
    .replace(/\bAvailable (?:from|at)\b.*$/is, ' ')
    .replace(/\[(?:Internet|cited[^\]]*|updated[^\]]*)\]/gi, ' ');
  const parts = text
    .split(/(?<=[.])\s+/)
    .map((part) => cleanText(part))
    .filter((part): part is string => part !== undefined);
  const at = parts.findIndex((part, index) => index > 0 && PUBLICATION.test(part));
  if (at < 0) {
    const [first, second] = parts;
    return second ? { author: first, title: second } : { title: first };
  }
  const publisher = cleanText(PUBLICATION.exec(parts[at] ?? '')?.[1] ?? '');
  const author = at >= 2 ? parts.slice(0, at - 1).join('. ') : undefined;
  return { title: parts[at - 1], publisher, author };
}
