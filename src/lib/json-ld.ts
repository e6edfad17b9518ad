import type { BriefSource } from '../citations/index.ts';
import { toDatetimeAttribute } from './dates.ts';

/** What a brief's schema.org `NewsArticle` is built from; every URL absolute. */
export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  datePublished: Date;
  dateModified?: Date | undefined;
  /** The brief's byline: its author. Without one, the publisher is the author. */
  byline?: string | undefined;
  lang: string;
  topics?: readonly string[] | undefined;
  image?: string | undefined;
  publisher: { name: string; url: string; logo?: string | undefined };
  sources: readonly BriefSource[];
  corrections?: ReadonlyArray<{ date: Date; text: string }> | undefined;
  /** Where the text was first published. */
  original?: { publisher: string; url: string } | undefined;
}

type JsonLd = Record<string, unknown>;

/**
 * The schema.org `NewsArticle` of a brief (https://schema.org/NewsArticle): headline, dates, author, publisher,
 * each source as a `citation`, each correction as a `correction` (`CorrectionComment`). Undefined fields are
 * left out by JSON.stringify.
 */
export function buildNewsArticle(input: NewsArticleInput): JsonLd {
  const publisher = organization(input.publisher.name, input.publisher.url);
  if (input.publisher.logo) publisher.logo = { '@type': 'ImageObject', url: input.publisher.logo };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: input.headline,
    description: input.description,
    inLanguage: input.lang,
    datePublished: toDatetimeAttribute(input.datePublished),
    dateModified: toDatetimeAttribute(input.dateModified ?? input.datePublished),
    author: input.byline ? [{ '@type': 'Person', name: input.byline }] : [publisher],
    publisher,
    image: input.image ? [input.image] : undefined,
    keywords: input.topics?.length ? [...input.topics] : undefined,
    isBasedOn: input.original
      ? toCreativeWork({ url: input.original.url, publisher: input.original.publisher })
      : undefined,
    citation: input.sources.map(toCitation),
    correction: input.corrections?.map((correction) => ({
      '@type': 'CorrectionComment',
      text: correction.text,
      datePublished: toDatetimeAttribute(correction.date),
    })),
  };
}

/** One source as a schema.org `CreativeWork`: name, url, publisher, date, and what else the brief gives. */
function toCitation(source: BriefSource): JsonLd {
  return {
    ...toCreativeWork({ name: source.title, url: source.url, publisher: source.publisher }),
    datePublished: toSchemaDate(source.date),
    author: source.author ? { '@type': 'Person', name: source.author } : undefined,
    // The wire service behind a story is the organisation its author worked for.
    sourceOrganization: source.agency ? organization(source.agency) : undefined,
    archivedAt: source.archiveUrl,
  };
}

function toCreativeWork(work: { name?: string; url: string; publisher: string }): JsonLd {
  return { '@type': 'CreativeWork', name: work.name, url: work.url, publisher: organization(work.publisher) };
}

function organization(name: string, url?: string): JsonLd {
  return { '@type': 'Organization', name, url };
}

/** A source date as schema.org takes it: as written, or an ISO date (time) for a Date. */
function toSchemaDate(date: Date | string | undefined): string | undefined {
  if (date === undefined) return undefined;
  return typeof date === 'string' ? date : toDatetimeAttribute(date);
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` are written as `\u003c` and so
 * on, so no headline or source title can close the element (`</script>`) or open a comment.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
