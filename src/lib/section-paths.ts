import { getPagePath } from './urls.ts';

/**
 * The addresses of the site's sections, all under the base path. Pages link with these and routes are named
 * after them, so a link and its page cannot drift apart (the link checker proves it on every build test).
 */

/** `/topics/` or, with a slug, `/topics/<slug>/`. */
export function getTopicPath(basePath: string, slug?: string): string {
  return getPagePath(basePath, slug ? `topics/${slug}/` : 'topics/');
}

/** `/sources/` or, with a slug, `/sources/<slug>/`: the page of one outlet. */
export function getOutletPath(basePath: string, slug?: string): string {
  return getPagePath(basePath, slug ? `sources/${slug}/` : 'sources/');
}

/** A month of the archive, e.g. `/archive/2026/05/`; without a month, the archive's index. */
export function getArchivePath(basePath: string, month?: { year: number; month: number }): string {
  if (!month) return getPagePath(basePath, 'archive/');
  return getPagePath(basePath, `archive/${month.year}/${String(month.month).padStart(2, '0')}/`);
}

/** The search page. */
export function getSearchPath(basePath: string): string {
  return getPagePath(basePath, 'search/');
}

/** The page that explains how Footnoted sources its briefs. */
export function getHowWeSourcePath(basePath: string): string {
  return getPagePath(basePath, 'how-we-source/');
}

/** The RSS feed and the JSON Feed. */
export function getFeedPaths(basePath: string): { rss: string; json: string } {
  return { rss: getPagePath(basePath, 'rss.xml'), json: getPagePath(basePath, 'feed.json') };
}

/** The sitemap index that @astrojs/sitemap writes. */
export function getSitemapPath(basePath: string): string {
  return getPagePath(basePath, 'sitemap-index.xml');
}

/** An absolute URL from a path that already holds the base path: `toAbsoluteUrl('https://x.org', '/news/')`. */
export function toAbsoluteUrl(siteUrl: string | URL, path: string): string {
  return new URL(path, siteUrl).href;
}
