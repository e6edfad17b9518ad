import { SITE_TIME_ZONE } from '../consts.ts';
import { isMidnightUtc } from './dates.ts';

/** A calendar month: `month` is 1 to 12. */
export interface Month {
  year: number;
  month: number;
}

/** A month of the archive and the briefs published in it, newest first as given. */
export interface ArchiveMonth<T> extends Month {
  briefs: T[];
}

/**
 * The month a brief belongs to: a calendar date's own month, a date-time's month in the site's time zone (a
 * brief published at 23:30 on 31 May in New York belongs to May there, whatever UTC says).
 */
export function getMonth(date: Date, timeZone = SITE_TIME_ZONE): Month {
  if (isMidnightUtc(date)) return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
  const parts = getMonthFormatter(timeZone).formatToParts(date);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: value('year'), month: value('month') };
}

// Building an Intl.DateTimeFormat costs far more than using one; an archive reads a date per brief.
const monthFormatters = new Map<string, Intl.DateTimeFormat>();

function getMonthFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = monthFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: 'numeric' });
    monthFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Groups briefs by month, newest month first; within a month the briefs keep their order. */
export function groupByMonth<T extends { data: { date: Date } }>(
  briefs: readonly T[],
  timeZone = SITE_TIME_ZONE,
): ArchiveMonth<T>[] {
  const months = new Map<string, ArchiveMonth<T>>();
  for (const brief of briefs) {
    const { year, month } = getMonth(brief.data.date, timeZone);
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const entry = months.get(key) ?? { year, month, briefs: [] };
    entry.briefs.push(brief);
    months.set(key, entry);
  }
  return [...months.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([, entry]) => entry);
}

/** A month as readers read it: `May 2026`. */
export function formatMonth({ year, month }: Month, locale = 'en-GB'): string {
  const date = new Date(Date.UTC(year, month - 1, 1));
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
