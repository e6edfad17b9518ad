import { z } from 'astro/zod';

/**
 * The frontmatter of a brief (docs/editors-guide.md, "Frontmatter fields"). One schema serves the `briefs`
 * collection and `npm run lint:briefs`, so the build and the linter cannot disagree. Every object is strict:
 * an unknown key is an error, so that a typo such as `sumary` never goes unnoticed.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;

/** Whether `year-month-day` exists in the calendar: 2026-02-30 does not, though JavaScript rolls it over. */
export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Parses an ISO date or date-time string strictly: impossible calendar dates give undefined. */
export function parseIsoDate(text: string): Date | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  if (!isRealDay(Number(match[1]), Number(match[2]), Number(match[3]))) return undefined;
  const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Whether a string is an absolute http or https URL: the only kinds a reader's browser should follow. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

// YAML gives a Date for an unquoted date (Astro's parser) or a string (a quoted one, or YAML 1.2 parsers).
const dateField = z
  .union([z.date(), z.string()], { error: 'must be a date, written YYYY-MM-DD' })
  .transform((value, context) => {
    const date = typeof value === 'string' ? parseIsoDate(value) : value;
    if (date && !Number.isNaN(date.getTime())) return date;
    const written = typeof value === 'string' ? `"${value}"` : 'an invalid date';
    context.addIssue({
      code: 'custom',
      message: `is ${written}, which is not a real date: write it as YYYY-MM-DD`,
    });
    return z.NEVER;
  });

const httpUrl = z.string().refine(isHttpUrl, { message: 'must be an absolute http:// or https:// URL' });
const text = z.string().trim().min(1, { message: 'must not be empty' });

const sourceSchema = z.strictObject({
  title: text,
  publisher: text,
  url: httpUrl,
  date: dateField.optional(),
  author: text.optional(),
  agency: text.optional(),
  archiveUrl: httpUrl.optional(),
  accessed: dateField.optional(),
});

/** The zod schema of a brief's frontmatter. */
export const briefSchema = z.strictObject({
  title: text,
  date: dateField,
  updated: dateField.optional(),
  summary: text.optional(),
  byline: text.optional(),
  lang: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { message: 'must be a language tag such as en or zh-Hans' })
    .optional(),
  topics: z.array(text).optional(),
  draft: z.boolean().default(false),
  original: z.strictObject({ publisher: text, url: httpUrl }).optional(),
  editorNote: text.optional(),
  corrections: z.array(z.strictObject({ date: dateField, text })).optional(),
  sources: z.array(sourceSchema).default([]),
});

/** A brief's frontmatter after validation. */
export type BriefData = z.output<typeof briefSchema>;
