import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { FEED_ITEM_LIMIT, SITE_DESCRIPTION, SITE_LANG, SITE_TITLE } from '@/consts';
import { getPublishedBriefs } from '@/lib/briefs';
import { toFeedEntry } from '@/lib/feeds/feed-entry';
import { RSS_NAMESPACES, toRssItem } from '@/lib/feeds/rss';
import { toAbsoluteUrl } from '@/lib/section-paths';
import { getPagePath } from '@/lib/urls';

/** The RSS 2.0 feed of the newest briefs, each with its sources (see src/lib/feeds/rss.ts). */
export async function GET(context: APIContext): Promise<Response> {
  const site = { siteUrl: context.site ?? context.url, basePath: import.meta.env.BASE_URL };
  const briefs = (await getPublishedBriefs()).slice(0, FEED_ITEM_LIMIT);
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: toAbsoluteUrl(site.siteUrl, getPagePath(site.basePath)),
    xmlns: { ...RSS_NAMESPACES },
    customData: `<language>${SITE_LANG}</language>`,
    items: briefs.map((brief) => toRssItem(toFeedEntry(brief, site))),
  });
}
