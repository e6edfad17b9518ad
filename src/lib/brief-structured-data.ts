import { SITE_LANG, SITE_TITLE } from '../consts.ts';
import { getBriefFacts } from './brief-facts.ts';
import { getBriefSources, type PublishedEntry } from './brief-sources.ts';
import type { SiteLocation } from './feeds/feed-entry.ts';
import { SOCIAL_IMAGE, type ArticleMeta } from './head-meta.ts';
import { buildNewsArticle } from './json-ld.ts';
import { toAbsoluteUrl } from './section-paths.ts';
import { getBriefProse } from './typography.ts';
import { getBriefPath, getPagePath } from './urls.ts';

/** The schema.org `NewsArticle` of a published brief, with absolute URLs for where the site lives. */
export function getBriefNewsArticle(brief: PublishedEntry, site: SiteLocation): Record<string, unknown> {
  const absolute = (path: string) => toAbsoluteUrl(site.siteUrl, getPagePath(site.basePath, path));
  const { data } = brief;
  const { title, summary } = getBriefFacts(brief);
  const { byline, corrections } = getBriefProse(data);
  return buildNewsArticle({
    url: toAbsoluteUrl(site.siteUrl, getBriefPath(site.basePath, brief.id)),
    headline: title,
    description: summary,
    datePublished: data.date,
    dateModified: data.updated,
    byline,
    lang: data.lang ?? SITE_LANG,
    topics: data.topics,
    image: absolute(SOCIAL_IMAGE.path),
    publisher: { name: SITE_TITLE, url: absolute(''), logo: absolute('favicon.svg') },
    sources: getBriefSources(brief),
    // No `correction` at all when there is none, as before: an empty list would say nothing, at length.
    corrections: corrections.length > 0 ? corrections : undefined,
    original: data.original,
  });
}

/** What a brief's page adds to its `<head>`: its dates and topics, for Open Graph's `article:` tags. */
export function getBriefArticleMeta(brief: PublishedEntry): ArticleMeta {
  return { publishedTime: brief.data.date, modifiedTime: brief.data.updated, tags: brief.data.topics };
}
