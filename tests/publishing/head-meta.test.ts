import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, getHeaderPolicy } from '../../src/lib/csp.ts';
import { getHeadMeta } from '../../src/lib/head-meta.ts';
import { buildRobotsTxt } from '../../src/lib/robots.ts';
import { PROJECT_ROOT } from '../helpers/astro-build.ts';

const page = {
  siteUrl: 'https://example.org',
  basePath: '/news/',
  pathname: '/news/briefs/x/',
  title: 'Talks resume',
  description: 'Negotiators met again.',
  siteName: 'Footnoted',
};

describe('getHeadMeta', () => {
  it('gives a page its canonical URL, its feeds, Open Graph and a Twitter card, all absolute', () => {
    const meta = getHeadMeta(page);
    expect(meta.canonical).toBe('https://example.org/news/briefs/x/');
    expect(meta.feeds).toEqual({
      rss: 'https://example.org/news/rss.xml',
      json: 'https://example.org/news/feed.json',
    });
    const tags = Object.fromEntries(meta.tags.map((tag) => [tag.id, tag.content]));
    expect(tags).toMatchObject({
      referrer: 'strict-origin-when-cross-origin',
      'og:type': 'website',
      'og:title': 'Talks resume',
      'og:url': 'https://example.org/news/briefs/x/',
      'og:image': 'https://example.org/news/social-card.png',
      'twitter:card': 'summary_large_image',
      'twitter:image': 'https://example.org/news/social-card.png',
    });
    expect(meta.tags.find((tag) => tag.id === 'og:title')?.key).toBe('property');
    expect(meta.tags.find((tag) => tag.id === 'twitter:card')?.key).toBe('name');
  });

  it('makes a brief an article, with its dates and topics', () => {
    const article = { publishedTime: new Date('2026-04-02T00:00:00Z'), tags: ['Trade', 'China'] };
    const tags = getHeadMeta({ ...page, article }).tags.map((tag) => [tag.id, tag.content]);
    expect(tags).toContainEqual(['og:type', 'article']);
    expect(tags).toContainEqual(['article:published_time', '2026-04-02']);
    expect(tags).toContainEqual(['article:modified_time', '2026-04-02']);
    expect(tags.filter(([id]) => id === 'article:tag')).toEqual([
      ['article:tag', 'Trade'],
      ['article:tag', 'China'],
    ]);
  });

  it('keeps a noindex page out of search engines, with no canonical URL', () => {
    const meta = getHeadMeta({ ...page, pathname: '/news/404/', noindex: true });
    expect(meta.canonical).toBeUndefined();
    expect(meta.tags[0]).toEqual({ key: 'name', id: 'robots', content: 'noindex' });
    expect(meta.tags.map((tag) => tag.id)).not.toContain('og:url');
  });
});

describe('buildRobotsTxt', () => {
  it('names the sitemap and keeps crawlers out of the search index files', () => {
    const text = buildRobotsTxt({
      sitemapUrl: 'https://example.org/news/sitemap-index.xml',
      disallow: ['/news/pagefind/'],
    });
    expect(text).toBe(
      'User-agent: *\nDisallow: /news/pagefind/\nAllow: /\n\nSitemap: https://example.org/news/sitemap-index.xml\n',
    );
  });
});

describe('the Content-Security-Policy', () => {
  it('allows no inline script in either layer, and the header adds frame-ancestors', () => {
    const header = getHeaderPolicy();
    expect(header).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(header).toContain("frame-ancestors 'none'");
    for (const directive of CSP_DIRECTIVES) expect(header).toContain(directive);
    expect(CSP_DIRECTIVES.join(';')).not.toContain('unsafe');
  });

  it('is the policy public/_headers sends, with a referrer policy', () => {
    const headers = readFileSync(join(PROJECT_ROOT, 'public/_headers'), 'utf8');
    expect(headers).toContain(`/*\n  Content-Security-Policy: ${getHeaderPolicy()}\n`);
    expect(headers).toContain('  Referrer-Policy: strict-origin-when-cross-origin\n');
  });
});
