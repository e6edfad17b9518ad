import { getSourceDateParts } from './source-dates.ts';

/** The English names of the months, January first: how dates are written for readers and editors. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A source's date for readers: `19 May 2026`, `May 2026` or `2026`, as precise as it was written. A Date is
 * read in UTC, where YAML puts calendar dates, as the source list does; no clock, no locale data.
 */
export function formatSourceDate(value: Date | string | undefined): string | undefined {
  const parts = getSourceDateParts(value);
  if (!parts) return undefined;
  const [year, month, day] = parts;
  const monthName = month === undefined ? undefined : MONTH_NAMES[month - 1];
  return [day, monthName, year].filter((part) => part !== undefined).join(' ');
}

/** The host a reader will land on, without `www.`: `ground.news`; undefined for a URL that does not parse. */
export function getSourceDomain(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const { hostname } = new URL(url);
  return hostname.startsWith('www.') ? hostname.slice('www.'.length) : hostname;
}
