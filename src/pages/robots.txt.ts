import type { APIContext } from 'astro';
import { buildRobotsTxt } from '@/lib/robots';
import { getSitemapPath, toAbsoluteUrl } from '@/lib/section-paths';
import { getPagePath } from '@/lib/urls';

/** robots.txt, written at build time: it names the sitemap, whose URL depends on SITE_URL and BASE_PATH. */
export function GET(context: APIContext): Response {
  const base = import.meta.env.BASE_URL;
  const text = buildRobotsTxt({
    sitemapUrl: toAbsoluteUrl(context.site ?? context.url, getSitemapPath(base)),
    // The search index's data files: thousands of fragments that no search engine should list.
    disallow: [getPagePath(base, 'pagefind/')],
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
