import { SITE_TIME_ZONE } from '../consts.ts';

/**
 * Whether a Date stands for a calendar date: YAML reads `2026-05-19` as midnight UTC. Such a date is shown as
 * written in every time zone; converting it would show 18 May west of Greenwich.
 */
export function isMidnightUtc(date: Date): boolean {
  return (
    date.getUTCHours() === 0 &&
    date.getUTCMinutes() === 0 &&
    date.getUTCSeconds() === 0 &&
    date.getUTCMilliseconds() === 0
  );
}

// Building an Intl.DateTimeFormat costs far more than using one, and a build formats thousands of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

function getFormatter(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A brief's date for readers, e.g. `19 May 2026`, in the site's time zone. */
export function formatBriefDate(date: Date, options: { locale?: string; timeZone?: string } = {}): string {
  const timeZone = isMidnightUtc(date) ? 'UTC' : (options.timeZone ?? SITE_TIME_ZONE);
  return getFormatter(options.locale ?? 'en-GB', timeZone).format(date);
}

/** The machine-readable form for `<time datetime>`: `2026-05-19` for calendar dates, else full ISO. */
export function toDatetimeAttribute(date: Date): string {
  return isMidnightUtc(date) ? date.toISOString().slice(0, 10) : date.toISOString();
}
