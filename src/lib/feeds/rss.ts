import type { RSSFeedItem } from '@astrojs/rss';
import type { BriefSource } from '../../citations/index.ts';
import { toDatetimeAttribute } from '../dates.ts';
import type { FeedEntry } from './feed-entry.ts';

/**
 * The namespace of the `<footnoted:source>` elements that carry each item's sources as data. A URN, not a
 * URL: it names the format, the same for every site that runs Footnoted, and is never fetched.
 */
export const SOURCES_NAMESPACE = 'urn:footnoted:sources:1';

/** The namespaces the RSS feed declares besides content: Dublin Core for bylines, and the sources. */
export const RSS_NAMESPACES = {
  dc: 'http://purl.org/dc/elements/1.1/',
  footnoted: SOURCES_NAMESPACE,
} as const;

/**
 * The RSS item of a brief, for @astrojs/rss: the summary as description, the feed HTML as content:encoded,
 * topics as categories, the byline as dc:creator, and each source as
 * `<footnoted:source number="2" url="…" publisher="…" date="…">Title</footnoted:source>`.
 */
export function toRssItem(entry: FeedEntry): RSSFeedItem {
  const creator = entry.byline ? `<dc:creator>${escapeXml(entry.byline)}</dc:creator>` : '';
  return {
    title: entry.title,
    link: entry.url,
    pubDate: entry.date,
    description: entry.summary,
    content: entry.html,
    categories: entry.topics,
    customData: creator + entry.sources.map(toSourceElement).join(''),
  };
}

function toSourceElement(source: BriefSource, index: number): string {
  const attributes: Array<[string, string | undefined]> = [
    ['number', String(index + 1)],
    ['url', source.url],
    ['publisher', source.publisher],
    ['agency', source.agency],
    ['author', source.author],
    ['date', formatDate(source.date)],
    ['archive-url', source.archiveUrl],
  ];
  const written = attributes
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  return `<footnoted:source${written}>${escapeXml(source.title)}</footnoted:source>`;
}

function formatDate(date: Date | string | undefined): string | undefined {
  if (date === undefined) return undefined;
  return typeof date === 'string' ? date : toDatetimeAttribute(date);
}

/** Text safe in XML content and in double-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
