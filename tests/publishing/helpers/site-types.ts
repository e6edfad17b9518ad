/** The shapes the build test reads from the built site's feeds and JSON-LD (only the fields it checks). */

export interface RssSource {
  '#text': string;
  '@number': string;
  '@url': string;
  '@publisher': string;
  '@agency'?: string;
  '@date'?: string;
}

export interface RssItem {
  link: string;
  'content:encoded': string;
  'footnoted:source': RssSource[];
}

export interface JsonFeed {
  version: string;
  feed_url: string;
  items: Array<{
    id: string;
    title: string;
    authors?: Array<{ name: string }>;
    _footnoted: { sources: Array<{ publisher: string; url: string }>; corrections: unknown[] };
  }>;
}

export interface NewsArticle {
  '@type': string;
  headline: string;
  datePublished: string;
  dateModified: string;
  author: unknown;
  citation: Array<{ url: string; publisher: { name: string } }>;
  correction?: unknown;
}
