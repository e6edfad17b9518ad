import type { BriefSource } from '../../citations/index.ts';
import { toDatetimeAttribute } from '../dates.ts';
import type { FeedEntry } from './feed-entry.ts';

/** The feed as a whole: its name and addresses. */
export interface JsonFeedChannel {
  title: string;
  description: string;
  homePageUrl: string;
  feedUrl: string;
  lang: string;
  /** The page that explains the `_footnoted` extension to readers and developers. */
  aboutUrl: string;
  iconUrl?: string | undefined;
}

/**
 * A JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). Each item carries its sources, numbered as in the
 * brief, in the extension object `_footnoted` (extension keys start with an underscore, per the spec), and its
 * corrections beside them.
 */
export function buildJsonFeed(
  channel: JsonFeedChannel,
  entries: readonly FeedEntry[],
): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homePageUrl,
    feed_url: channel.feedUrl,
    description: channel.description,
    language: channel.lang,
    favicon: channel.iconUrl,
    authors: [{ name: channel.title, url: channel.homePageUrl }],
    _footnoted: { about: channel.aboutUrl },
    items: entries.map(toJsonFeedItem),
  };
}

function toJsonFeedItem(entry: FeedEntry): Record<string, unknown> {
  return {
    id: entry.url,
    url: entry.url,
    title: entry.title,
    summary: entry.summary,
    content_html: entry.html,
    date_published: entry.date.toISOString(),
    date_modified: entry.updated?.toISOString(),
    authors: entry.byline ? [{ name: entry.byline }] : undefined,
    tags: entry.topics.length > 0 ? entry.topics : undefined,
    language: entry.lang,
    _footnoted: {
      sources: entry.sources.map(toJsonSource),
      corrections: entry.corrections.map(({ date, text }) => ({ date: toDatetimeAttribute(date), text })),
    },
  };
}

/** A source as plain data, snake_case as in the rest of JSON Feed. */
function toJsonSource(source: BriefSource, index: number): Record<string, unknown> {
  return {
    number: index + 1,
    title: source.title,
    publisher: source.publisher,
    url: source.url,
    date: source.date instanceof Date ? toDatetimeAttribute(source.date) : source.date,
    author: source.author,
    agency: source.agency,
    archive_url: source.archiveUrl,
  };
}
