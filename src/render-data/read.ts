import { z } from 'astro/zod';
import { RENDER_DATA_KEY, type RenderData } from './types.ts';

/** The part of a collection entry that holds its cached render (Astro types metadata loosely). */
export interface RenderedEntry {
  id?: string;
  rendered?: { metadata?: Record<string, unknown> };
}

const optionalNumber = z.number().optional();
const dateLike = z.union([z.date(), z.string()]).optional();

const sourceSchema = z.object({
  title: z.string(),
  publisher: z.string(),
  url: z.string(),
  date: dateLike,
  author: z.string().optional(),
  agency: z.string().optional(),
  archiveUrl: z.string().optional(),
  accessed: dateLike,
});

/** The shape RENDER_DATA_KEY must hold, checked where it is read: a cache written by other code fails here. */
const renderDataSchema = z.object({
  messages: z.array(
    z.object({
      reason: z.string(),
      ruleId: z.string().optional(),
      severity: z.enum(['error', 'warning']),
      line: optionalNumber,
      column: optionalNumber,
      sourceNumber: optionalNumber,
    }),
  ),
  sources: z.array(sourceSchema).optional(),
  idPrefix: z.string().optional(),
  citedSentences: z
    .array(
      z.object({
        text: z.string(),
        coverage: z.enum(['own', 'paragraph', 'none']),
        refs: z.array(z.number()),
        group: optionalNumber,
      }),
    )
    .optional(),
  claimCount: optionalNumber,
  firstSentence: z.string(),
  readingMinutes: z.number(),
});

// Every page reads the render data of the briefs it lists: each entry's is checked once.
const checked = new WeakMap<object, RenderData>();

/**
 * What the Markdown pipeline recorded about a brief when it rendered it; undefined for an entry that was never
 * rendered (entries made by hand in tests). Throws, naming the brief, when the data is not what the pipeline
 * writes (src/render-data/write.ts): a page must never be built from half of it.
 */
export function readRenderData(entry: RenderedEntry): RenderData | undefined {
  const metadata = entry.rendered?.metadata;
  const raw = metadata?.[RENDER_DATA_KEY];
  if (!metadata || raw === undefined) return undefined;
  const known = checked.get(metadata);
  if (known) return known;
  const result = renderDataSchema.safeParse(raw);
  if (!result.success) {
    const where = entry.id ? `brief "${entry.id}"` : 'a brief';
    throw new Error(
      `The render data of ${where} is not what the pipeline writes (${result.error.issues[0]?.message}): ` +
        'build again with `npm run build -- --force`.',
    );
  }
  // The parsed copy drops nothing the type has; it is typed by the schema, which mirrors RenderData.
  const data = result.data as RenderData;
  checked.set(metadata, data);
  return data;
}
