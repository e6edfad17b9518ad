/**
 * robots.txt for the site: every page may be crawled except the search index's data files, and crawlers are
 * told where the sitemap is. Paths carry the base path; the sitemap's URL is absolute, as the format requires.
 */
export function buildRobotsTxt(options: { sitemapUrl: string; disallow: readonly string[] }): string {
  const lines = ['User-agent: *', ...options.disallow.map((path) => `Disallow: ${path}`), 'Allow: /', ''];
  return [...lines, `Sitemap: ${options.sitemapUrl}`, ''].join('\n');
}
