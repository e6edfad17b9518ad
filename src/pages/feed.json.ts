import type { APIContext } from 'astro';
import { FEED_ITEM_LIMIT, SITE_DESCRIPTION, SITE_LANG, SITE_TITLE } from '@/consts';
import { getPublishedBriefs } from '@/lib/briefs';
import { toFeedEntry } from '@/lib/feeds/feed-entry';
import { buildJsonFeed } from '@/lib/feeds/json-feed';
import { getFeedPaths, getHowWeSourcePath, toAbsoluteUrl } from '@/lib/section-paths';
import { getPagePath } from '@/lib/urls';

/** The JSON Feed 1.1 of the newest briefs, each with its sources (see src/lib/feeds/json-feed.ts). */
export async function GET(context: APIContext): Promise<Response> {
  const site = { siteUrl: context.site ?? context.url, basePath: import.meta.env.BASE_URL };
  const absolute = (path: string) => toAbsoluteUrl(site.siteUrl, path);
  const briefs = (await getPublishedBriefs()).slice(0, FEED_ITEM_LIMIT);
  const feed = buildJsonFeed(
    {
      title: SITE_TITLE,
      description: SITE_DESCRIPTION,
      homePageUrl: absolute(getPagePath(site.basePath)),
      feedUrl: absolute(getFeedPaths(site.basePath).json),
      lang: SITE_LANG,
      aboutUrl: absolute(getHowWeSourcePath(site.basePath)),
      iconUrl: absolute(getPagePath(site.basePath, 'favicon.svg')),
    },
    briefs.map((brief) => toFeedEntry(brief, site)),
  );
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
