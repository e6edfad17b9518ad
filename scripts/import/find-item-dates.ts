import { isRealDay } from '../../src/lib/date-problems.ts';

/**
 * Finds the dates written in a source item: when the source was published and when it was read, each as
 * `YYYY-MM-DD` (the only form the brief schema takes). A year alone is no date: it is left in the text.
 */

/** The dates of one item, and its text without them. */
export interface ItemDates {
  date?: string;
  accessed?: string;
  rest: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';

/** Each form, with the order of its year, month and day groups. */
const DATE_FORMS: { pattern: RegExp; order: [number, number, number] }[] = [
  // 2024-05-03, 2024/05/03, 2024.05.03: year, month, day
  { pattern: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g, order: [1, 2, 3] },
  // 3.5.2024, 03.05.2024 (German and much of Europe, always with dots): day, month, year
  { pattern: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)/g, order: [3, 2, 1] },
  // 2024年5月3日 (Chinese, Japanese), 2024년 5월 3일 (Korean): year, month, day
  { pattern: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g, order: [1, 2, 3] },
  // May 3, 2024 and (2024, May 3) as APA writes it: month name, day, year
  { pattern: new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'gi'), order: [3, 1, 2] },
  { pattern: new RegExp(`(\\d{4}),\\s*${MONTH}\\s+(\\d{1,2})`, 'gi'), order: [1, 2, 3] },
  // 3 May 2024: day, month name, year
  { pattern: new RegExp(`(?<!\\d)(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})`, 'gi'), order: [3, 2, 1] },
];

/** Words that say the date that follows is when the page was read, not when it was published. */
const ACCESSED = /(accessed|retrieved|visited|viewed|访问|訪問|检索|閲覧|参照|확인|검색|접속)[^\d]{0,12}$/i;

/** Words that say the date that follows is when the page was published or updated: they go with it. */
const PUBLISHED =
  /(published|posted|updated|last updated|dated|发布于|发布时间|發布於|发布|發布|公開日|公開|配信|更新日|게시일|입력|발행일)\s*(on|at)?\s*[:：]?\s*$/i;

/** The same words written after the date, as Chinese and Japanese do: `2024年5月3日访问`, `（参照2024-05-03）`. */
const ACCESSED_AFTER = /^\s*(访问|訪問|检索|閲覧|参照|확인|검색|접속)/;

/** The `from` of APA's `Retrieved May 3, 2024, from https://…`. */
const FROM_AFTER = /^,?\s*from\b/i;

/** A note left empty once its date is taken: `（ 访问）`, `(accessed )`. */
const EMPTY_NOTE =
  /[(（]\s*(accessed|retrieved|visited|viewed|访问|訪問|检索|閲覧|参照|확인일?|검색일?|접속일?)?[\s:：,，]*[)）]/gi;

/** The first publication date and the first access date of an item's text. */
export function findItemDates(text: string): ItemDates {
  const found: ItemDates = { rest: text };
  for (const { pattern, order } of DATE_FORMS) {
    const current = found.rest;
    for (const match of current.matchAll(pattern)) {
      const date = toIsoDate(match, order);
      if (!date) continue;
      const after = current.slice(match.index + match[0].length);
      // The word that says "read on" goes with its date: `Title, accessed May 19, 2025` leaves `Title`.
      const textBefore = current.slice(0, match.index);
      const wordBefore = ACCESSED.exec(textBefore)?.[0] ?? '';
      const wordAfter = (wordBefore ? FROM_AFTER : ACCESSED_AFTER).exec(after)?.[0] ?? '';
      const key = wordBefore || wordAfter ? 'accessed' : 'date';
      if (found[key] !== undefined) continue;
      found[key] = date;
      const published = key === 'date' ? (PUBLISHED.exec(textBefore)?.[0] ?? '') : '';
      // The words, when an earlier date's removal has not cut into them; else the date alone, as before.
      const withWords = `${wordBefore || published}${match[0]}${wordAfter}`;
      found.rest = found.rest.replace(found.rest.includes(withWords) ? withWords : match[0], ' ');
    }
  }
  return { ...found, rest: found.rest.replace(EMPTY_NOTE, ' ') };
}

function toIsoDate(match: RegExpMatchArray, order: [number, number, number]): string | undefined {
  const [year, month, day] = order.map((group) => match[group] ?? '');
  const monthNumber = /^\d+$/.test(month ?? '')
    ? Number(month)
    : MONTHS.indexOf((month ?? '').slice(0, 3).toLowerCase()) + 1;
  if (!isRealDay(Number(year), monthNumber, Number(day))) return undefined;
  return `${year}-${String(monthNumber).padStart(2, '0')}-${String(Number(day)).padStart(2, '0')}`;
}
