import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { FeedEntry } from '../../src/lib/feeds/feed-entry.ts';
import { toFeedHtml } from '../../src/lib/feeds/feed-html.ts';
import { buildJsonFeed } from '../../src/lib/feeds/json-feed.ts';
import { RSS_NAMESPACES, toRssItem } from '../../src/lib/feeds/rss.ts';
import { assertWellFormedXml } from './helpers/read-site.ts';

const PAGE = 'https://example.org/news/briefs/x/';

describe('toFeedHtml', () => {
  it('keeps the text and plain numbered links, and drops buttons, cards, back-links and classes', () => {
    const html =
      '<p>Talks began <sup class="source-refs" id="bx-cite-1">[<a href="#bx-source-1" role="doc-noteref">1</a>]' +
      '<button type="button" popovertarget="bx-card-1" aria-label="Sources for this claim: 1 of 2"></button></sup>.</p>' +
      '<div class="source-cards"><div popover id="bx-card-1"><a href="https://a.example/" autofocus>A</a></div></div>' +
      '<section class="source-list"><ol><li id="bx-source-1"><span class="source-backlinks"><a href="#bx-cite-1">^</a></span> ' +
      '<span class="source-reference">A. <a href="https://a.example/">https://a.example/</a></span></li></ol></section>' +
      '<p><a href="/news/topics/">Topics</a><!-- a comment --></p>';
    expect(toFeedHtml(html, PAGE)).toBe(
      `<p>Talks began <sup id="bx-cite-1">[<a href="${PAGE}#bx-source-1" role="doc-noteref">1</a>]</sup>.</p>` +
        '<section><ol><li id="bx-source-1"> <span>A. <a href="https://a.example/">https://a.example/</a></span></li></ol></section>' +
        '<p><a href="https://example.org/news/topics/">Topics</a></p>',
    );
  });
});

const entry: FeedEntry = {
  url: PAGE,
  title: 'Talks <resume> & more',
  summary: 'Negotiators met again.',
  html: '<p>Talks began.</p>',
  date: new Date('2026-04-02T00:00:00Z'),
  updated: new Date('2026-04-03T00:00:00Z'),
  byline: 'Jane Roe',
  lang: undefined,
  topics: ['Trade'],
  sources: [
    {
      title: 'Wire "story"',
      publisher: 'AFP',
      url: 'https://afp.example/1?a=1&b=2',
      date: new Date('2026-04-01T00:00:00Z'),
    },
    { title: 'Carried', publisher: 'Le Monde', agency: 'AFP', url: 'https://lemonde.example/1' },
  ],
  corrections: [{ date: new Date('2026-04-03T00:00:00Z'), text: 'Fixed a date.' }],
};

describe('the RSS item of a brief', () => {
  it('parses as XML and carries the brief’s sources as footnoted:source elements', async () => {
    const xml = await getRssString({
      title: 'Footnoted',
      description: 'Briefs',
      site: 'https://example.org/news/',
      xmlns: { ...RSS_NAMESPACES },
      items: [toRssItem(entry)],
    });
    expect(() => assertWellFormedXml(xml)).not.toThrow();
    expect(() => assertWellFormedXml(xml.replace('</item>', ''))).toThrow(/Unexpected close tag/);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false });
    const item = parser.parse(xml).rss.channel.item;
    expect(item.title).toBe('Talks <resume> & more');
    expect(item['dc:creator']).toBe('Jane Roe');
    expect(item.category).toBe('Trade');
    expect(item['content:encoded']).toBe('<p>Talks began.</p>');
    expect(item['footnoted:source']).toEqual([
      {
        '#text': 'Wire "story"',
        '@number': '1',
        '@url': 'https://afp.example/1?a=1&b=2',
        '@publisher': 'AFP',
        '@date': '2026-04-01',
      },
      {
        '#text': 'Carried',
        '@number': '2',
        '@url': 'https://lemonde.example/1',
        '@publisher': 'Le Monde',
        '@agency': 'AFP',
      },
    ]);
  });
});

describe('buildJsonFeed', () => {
  it('writes a JSON Feed 1.1 whose items carry their sources and corrections in `_footnoted`', () => {
    const channel = {
      title: 'Footnoted',
      description: 'Briefs',
      homePageUrl: 'https://example.org/news/',
      feedUrl: 'https://example.org/news/feed.json',
      lang: 'en',
      aboutUrl: 'https://example.org/news/how-we-source/',
    };
    const feed = JSON.parse(JSON.stringify(buildJsonFeed(channel, [entry])));
    expect(feed).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Footnoted',
      home_page_url: 'https://example.org/news/',
      feed_url: 'https://example.org/news/feed.json',
      description: 'Briefs',
      language: 'en',
      authors: [{ name: 'Footnoted', url: 'https://example.org/news/' }],
      _footnoted: { about: 'https://example.org/news/how-we-source/' },
      items: [
        {
          id: PAGE,
          url: PAGE,
          title: 'Talks <resume> & more',
          summary: 'Negotiators met again.',
          content_html: '<p>Talks began.</p>',
          date_published: '2026-04-02T00:00:00.000Z',
          date_modified: '2026-04-03T00:00:00.000Z',
          authors: [{ name: 'Jane Roe' }],
          tags: ['Trade'],
          _footnoted: {
            sources: [
              {
                number: 1,
                title: 'Wire "story"',
                publisher: 'AFP',
                url: 'https://afp.example/1?a=1&b=2',
                date: '2026-04-01',
              },
              {
                number: 2,
                title: 'Carried',
                publisher: 'Le Monde',
                url: 'https://lemonde.example/1',
                agency: 'AFP',
              },
            ],
            corrections: [{ date: '2026-04-03', text: 'Fixed a date.' }],
          },
        },
      ],
    });
  });
});
