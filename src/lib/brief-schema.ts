import { z } from 'astro/zod';
import { describeDateProblem, parseIsoDate } from './date-problems.ts';

/**
 * The frontmatter of a brief (docs/editors-guide.md, "Frontmatter fields"). One schema serves the `briefs`
 * collection and `npm run lint:briefs`, so the build and the linter cannot disagree. Every object is strict:
 * an unknown key is an error, so that a typo such as `sumary` never goes unnoticed.
 */

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
    const message =
      typeof value === 'string'
        ? `is "${value}"${describeDateProblem(value) ?? ', which is not a real date'}`
        : 'is an invalid date: write it as YYYY-MM-DD';
    context.addIssue({ code: 'custom', message });
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

const originalSchema = z.strictObject({ publisher: text, url: httpUrl });
const correctionSchema = z.strictObject({ date: dateField, text });

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
  original: originalSchema.optional(),
  editorNote: text.optional(),
  corrections: z.array(correctionSchema).optional(),
  sources: z.array(sourceSchema).default([]),
});

/** A brief's frontmatter after validation. */
export type BriefData = z.output<typeof briefSchema>;

/** The fields of each object of the frontmatter, in schema order: what an unknown field is compared with. */
export const FIELD_NAMES = {
  brief: Object.keys(briefSchema.shape),
  source: Object.keys(sourceSchema.shape),
  original: Object.keys(originalSchema.shape),
  correction: Object.keys(correctionSchema.shape),
} as const satisfies Record<string, readonly string[]>;
