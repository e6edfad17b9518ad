/**
 * Strict reading of the dates editors write in frontmatter, and what to tell them when one is wrong: an
 * editor who wrote `2026-11-31` wrote the right format and needs to hear that November has 30 days.
 */

import { MONTH_NAMES } from '../citations/index.ts';

/** `2026-05-19`, optionally followed by a time: groups are year, month, day and the rest. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})([T ].*)?$/;

/** The number of days of a month (1–12) in a year of the Gregorian calendar: February 2028 has 29. */
export function getDaysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `year-month-day` exists in the calendar: 2026-02-30 does not, though JavaScript rolls it over. */
export function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= getDaysInMonth(year, month);
}

/** Parses an ISO date or date-time string strictly: impossible calendar dates give undefined. */
export function parseIsoDate(text: string): Date | undefined {
  return describeDateProblem(text) === undefined ? toDate(text.trim()) : undefined;
}

function toDate(text: string): Date | undefined {
  const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * What is wrong with a written date, as the end of a sentence that starts `"date" is "…"`, or undefined when
 * it is a real date: the format when it is not `YYYY-MM-DD`, else the month's length or the time.
 */
export function describeDateProblem(text: string): string | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return ': write it as YYYY-MM-DD, such as 2026-05-19';
  const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `, but there is no month ${match[2]}: months run from 01 to 12`;
  if (day < 1) return ', but days start at 01';
  const days = getDaysInMonth(year, month);
  if (day > days) return `, but ${MONTH_NAMES[month - 1]} ${year} has ${days} days`;
  if (match[4] && !toDate(text.trim())) {
    return ', which is not a valid time: write a date as YYYY-MM-DD, or a date and time as 2026-05-19T09:30:00+08:00';
  }
  return undefined;
}
