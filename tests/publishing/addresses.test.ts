import { describe, expect, it } from 'vitest';
import { getListPagePath, getPageParam, paginate } from '../../src/lib/pagination.ts';
import {
  getArchivePath,
  getFeedPaths,
  getOutletPath,
  getSitemapPath,
  getTopicPath,
  toAbsoluteUrl,
} from '../../src/lib/section-paths.ts';
import { toAddressSegment } from '../../src/lib/slugs.ts';

describe('toAddressSegment', () => {
  it.each([
    ['Artificial intelligence', 'artificial-intelligence'],
    ["People's Daily", 'peoples-daily'],
    ['People’s Daily', 'peoples-daily'],
    ['Le Monde diplomatique', 'le-monde-diplomatique'],
    ['Agence France-Presse', 'agence-france-presse'],
    ['Süddeutsche Zeitung', 'suddeutsche-zeitung'],
    ['  U.S. / China  ', 'u-s-china'],
    ['reuters.com', 'reuters-com'],
    ['人民日报', '人民日报'],
    ['!!!', ''],
  ])('%s gives %s', (name, slug) => {
    expect(toAddressSegment(name)).toBe(slug);
  });
});

describe('paginate', () => {
  it('splits a list into full pages and a last partial one', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([
      { number: 1, count: 3, items: [1, 2] },
      { number: 2, count: 3, items: [3, 4] },
      { number: 3, count: 3, items: [5] },
    ]);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, count: 1, items: [] }]);
  });

  it('refuses a page size that is not a whole number of at least 1', () => {
    expect(() => paginate([1], 0)).toThrow('page size must be a whole number ≥ 1');
    expect(() => paginate([1], 1.5)).toThrow('page size must be a whole number ≥ 1');
  });

  it('names page 1 by the list’s own address and later pages page/<n>/', () => {
    expect(getListPagePath('/news/topics/ai/', 1)).toBe('/news/topics/ai/');
    expect(getListPagePath('/news/topics/ai', 3)).toBe('/news/topics/ai/page/3/');
    expect(getPageParam(1)).toBeUndefined();
    expect(getPageParam(2)).toBe('page/2');
  });
});

describe('section addresses', () => {
  it('puts every section under the base path', () => {
    expect(getTopicPath('/news/')).toBe('/news/topics/');
    expect(getTopicPath('/news/', 'china')).toBe('/news/topics/china/');
    expect(getOutletPath('/', 'afp')).toBe('/sources/afp/');
    expect(getArchivePath('/news', { year: 2026, month: 5 })).toBe('/news/archive/2026/05/');
    expect(getFeedPaths('/news/')).toEqual({ rss: '/news/rss.xml', json: '/news/feed.json' });
    expect(getSitemapPath('/')).toBe('/sitemap-index.xml');
  });

  it('makes absolute URLs from paths that hold the base path', () => {
    expect(toAbsoluteUrl('https://example.org', '/news/briefs/x/')).toBe(
      'https://example.org/news/briefs/x/',
    );
    expect(toAbsoluteUrl(new URL('https://example.org/'), '/sources/人民日报/')).toBe(
      'https://example.org/sources/%E4%BA%BA%E6%B0%91%E6%97%A5%E6%8A%A5/',
    );
  });
});
