import { z } from 'astro/zod';
import { briefSchema } from './brief-schema.ts';
import { PLACEHOLDER_SOURCE } from './placeholders.ts';

/**
 * The schema of the `briefs` collection: the brief schema, except that a draft it rejects is loaded anyway.
 *
 * Why: a draft in progress must never break the build (its problems are warnings, which
 * src/lib/checks/draft-problems.ts reports at their line and column), but Astro stops the whole build at the
 * first entry its collection schema rejects. Drafts are never published, so the fields of a rejected draft that
 * fail are replaced with neutral values; its sources keep their places, so its citations still line up.
 */
export const briefCollectionSchema = z.preprocess(salvageDraft, briefSchema);

const FALLBACK = { title: 'Untitled draft', date: new Date(0) };

function salvageDraft(input: unknown): unknown {
  if (!isRecord(input) || input.draft !== true || briefSchema.safeParse(input).success) return input;
  const salvaged: Record<string, unknown> = { ...FALLBACK, draft: true };
  for (const [key, value] of Object.entries(input)) {
    const field = briefSchema.shape[key as keyof typeof briefSchema.shape];
    if (field?.safeParse(value).success) salvaged[key] = value;
  }
  if (Array.isArray(input.sources)) salvaged.sources = input.sources.map(salvageSource);
  return salvaged;
}

const sourceSchema = briefSchema.shape.sources.unwrap().element;

function salvageSource(source: unknown): unknown {
  return sourceSchema.safeParse(source).success ? source : { ...PLACEHOLDER_SOURCE };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
