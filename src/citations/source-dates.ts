/**
 * A written date with an optional time, which is ignored so that the date never shifts by time zone:
 *
 *     ^(\d{4})       year, "2026"
 *     (?:-(\d{2})    optional month, "-05"
 *     (?:-(\d{2}))?  optional day within it, "-19"
 *     )?
 *     (?:[T ].*)?$   optional time, "T10:30:00Z": dropped
 *
 * Accepts "2026", "2026-05", "2026-05-19", "2026-05-19T10:30:00Z"; rejects "19 May 2026" and "2026-5-19".
 */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/;

/**
 * A source's date as [year, month?, day?], as precise as it was written: the one reading of source dates that
 * the source list (CSL date parts) and the source cards share. A Date is read in UTC, where YAML puts calendar
 * dates; a string is read as written. Undefined for anything that is not such a date.
 */
export function getSourceDateParts(value: Date | string | undefined): number[] | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? undefined
      : [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
  }
  const match = typeof value === 'string' ? ISO_DATE.exec(value.trim()) : null;
  if (!match) return undefined;
  const parts = match
    .slice(1, 4)
    .filter((part) => part !== undefined)
    .map(Number);
  const [, month = 1, day = 1] = parts;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? parts : undefined;
}
