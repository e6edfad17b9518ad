const MONTHS = [
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
 * A written date with an optional time, which is ignored so that the date never shifts by time zone:
 *
 *     ^(\d{4})       year, "2026"
 *     (?:-(\d{2})    optional month, "-05"
 *     (?:-(\d{2}))?  optional day within it, "-19"
 *     )?
 *     (?:[T ].*)?$   optional time, "T10:30:00Z": dropped
 */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/;

/**
 * A source's date for readers: `19 May 2026`, `May 2026` or `2026`, as precise as it was written. A Date is
 * read in UTC, where YAML puts calendar dates, as the source list does; no clock, no locale data.
 */
export function formatSourceDate(value: Date | string | undefined): string | undefined {
  const parts = value instanceof Date ? getUtcParts(value) : parseWrittenDate(value);
  if (!parts) return undefined;
  const [year, month, day] = parts;
  const monthName = month === undefined ? undefined : MONTHS[month - 1];
  return [day, monthName, year].filter((part) => part !== undefined).join(' ');
}

function getUtcParts(date: Date): number[] | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

function parseWrittenDate(value: string | undefined): number[] | undefined {
  const match = value === undefined ? null : ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const parts = match
    .slice(1, 4)
    .filter((part) => part !== undefined)
    .map(Number);
  const [, month = 1, day = 1] = parts;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? parts : undefined;
}

/** The host a reader will land on, without `www.`: `ground.news`; undefined for a URL that does not parse. */
export function getSourceDomain(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const { hostname } = new URL(url);
  return hostname.startsWith('www.') ? hostname.slice('www.'.length) : hostname;
}
