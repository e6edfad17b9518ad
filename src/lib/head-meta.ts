import { REFERRER_POLICY } from './csp.ts';
import { toDatetimeAttribute } from './dates.ts';
import { getFeedPaths, toAbsoluteUrl } from './section-paths.ts';
import { getPagePath } from './urls.ts';

/** The default social image: one picture for every page (docs/architecture.md, "Social image", says why). */
export const SOCIAL_IMAGE = {
  path: 'social-card.png',
  width: 1200,
  height: 630,
  alt: 'Footnoted: news briefs in which every sentence links to its sources',
} as const;

/** What a brief's page adds to the shared metadata. */
export interface ArticleMeta {
  publishedTime: Date;
  modifiedTime?: Date | undefined;
  tags?: readonly string[] | undefined;
}

/** What the `<head>` metadata of a page is built from. */
export interface HeadMetaInput {
  siteUrl: string | URL;
  basePath: string;
  /** The page's own path, base path included (Astro's `Astro.url.pathname`). */
  pathname: string;
  /** The title to share, e.g. a brief's headline; `siteName` is given on its own. */
  title: string;
  description: string;
  siteName: string;
  article?: ArticleMeta | undefined;
  /** Keeps the page out of search engines (the search page, the 404 page). */
  noindex?: boolean | undefined;
}

/** One `<meta>`: Open Graph uses `property`, everything else `name`. */
export interface MetaTag {
  key: 'name' | 'property';
  id: string;
  content: string;
}

/** What HeadMeta.astro renders: the canonical URL, the feeds' URLs, and the `<meta>` elements in order. */
export interface HeadMeta {
  /** None for a page kept out of search engines: it has no address worth naming (the 404 page has many). */
  canonical: string | undefined;
  feeds: { rss: string; json: string };
  tags: MetaTag[];
}

/** Canonical URL, feed links, Open Graph and Twitter card for one page; every URL absolute. */
export function getHeadMeta(input: HeadMetaInput): HeadMeta {
  const absolute = (path: string) => toAbsoluteUrl(input.siteUrl, path);
  const canonical = absolute(input.pathname);
  const image = absolute(getPagePath(input.basePath, SOCIAL_IMAGE.path));
  const feeds = getFeedPaths(input.basePath);
  const og = (id: string, content: string): MetaTag => ({ key: 'property', id, content });
  const named = (id: string, content: string): MetaTag => ({ key: 'name', id, content });
  const tags: MetaTag[] = [
    ...(input.noindex ? [named('robots', 'noindex')] : []),
    // Sources are other sites: tell them the page, never the reader's full address.
    named('referrer', REFERRER_POLICY),
    og('og:type', input.article ? 'article' : 'website'),
    og('og:site_name', input.siteName),
    og('og:title', input.title),
    og('og:description', input.description),
    ...(input.noindex ? [] : [og('og:url', canonical)]),
    og('og:image', image),
    og('og:image:width', String(SOCIAL_IMAGE.width)),
    og('og:image:height', String(SOCIAL_IMAGE.height)),
    og('og:image:alt', SOCIAL_IMAGE.alt),
    ...getArticleTags(input.article).map(([id, content]) => og(id, content)),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', input.title),
    named('twitter:description', input.description),
    named('twitter:image', image),
    named('twitter:image:alt', SOCIAL_IMAGE.alt),
  ];
  return {
    canonical: input.noindex ? undefined : canonical,
    feeds: { rss: absolute(feeds.rss), json: absolute(feeds.json) },
    tags,
  };
}

function getArticleTags(article: ArticleMeta | undefined): Array<[string, string]> {
  if (!article) return [];
  const modified = article.modifiedTime ?? article.publishedTime;
  return [
    ['article:published_time', toDatetimeAttribute(article.publishedTime)],
    ['article:modified_time', toDatetimeAttribute(modified)],
    ...(article.tags ?? []).map((tag): [string, string] => ['article:tag', tag]),
  ];
}
