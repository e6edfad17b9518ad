import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSiteLinks } from '../../scripts/links/find-broken-links.ts';
import { getHeaderPolicy } from '../../src/lib/csp.ts';
import { runAstroBuild, type BuildResult } from '../helpers/astro-build.ts';
import { findChromium, isBrowserRequired, NO_CHROMIUM } from '../browser/chromium.ts';
import { getText, readBuiltPage } from '../helpers/read-html.ts';
import {
  FIRST_BRIEF_ID,
  FIRST_BRIEF_SOURCES,
  makePublishingCorpus,
  PUBLISHED_COUNT,
} from './helpers/publishing-corpus.ts';
import { searchSite } from './helpers/pagefind-search.ts';
import { searchInChromium } from './helpers/search-in-chromium.ts';
import {
  hasFile,
  listPages,
  readCspMeta,
  readJsonLd,
  readSitemapUrls,
  readXml,
} from './helpers/read-site.ts';
import type { JsonFeed, NewsArticle, RssItem } from './helpers/site-types.ts';

// Two real builds of the same 25 briefs: at the root of a site, and under /news/. One after the other: Astro
// writes its prerender step to `.astro/.prerender/` in the project whenever the output folder is outside it,
// so two builds of one project at once can delete each other's files.
const ROOT = { SITE_URL: 'https://briefs.example.org', BASE_PATH: '/' };
const NEWS = { SITE_URL: 'https://example.org', BASE_PATH: '/news/' };
const builds: Record<'root' | 'news', BuildResult> = {} as Record<'root' | 'news', BuildResult>;

beforeAll(async () => {
  const briefsDir = makePublishingCorpus();
  builds.root = await runAstroBuild({ briefsDir, env: ROOT });
  builds.news = await runAstroBuild({ briefsDir, env: NEWS });
});

describe.each([
  ['at the root', 'root', ROOT],
  ['under BASE_PATH=/news/', 'news', NEWS],
] as const)('the site built %s', (_label, key, env) => {
  const site = { siteUrl: env.SITE_URL, basePath: env.BASE_PATH };
  const outDir = () => builds[key].outDir;
  const url = (path: string) => `${env.SITE_URL}${env.BASE_PATH}${path}`;

  it('builds, with the search index, and without problems', () => {
    expect(builds[key].output).not.toMatch(/: (error|warning): /);
    expect(builds[key].code).toBe(0);
    expect(builds[key].output).toContain(`Search index: ${PUBLISHED_COUNT} briefs indexed by Pagefind.`);
  });

  it('has no broken internal link, asset or #anchor', () => {
    const report = checkSiteLinks(outDir(), site);
    expect(report.broken).toEqual([]);
    // Every page was read, and the citation and back-link anchors were among the links checked.
    expect(report.pages).toBe(listPages(outDir()).length);
    expect(report.links).toBeGreaterThan(1000);
  });

  it('lists every page in the sitemap, and nothing else', () => {
    const pages = listPages(outDir())
      .filter((file) => file !== '404.html' && file !== 'search/index.html')
      // Sitemaps hold URLs percent-encoded (`sources/人民日报/` as `sources/%E4%BA%BA…/`), as URL.href gives them.
      .map((file) => new URL(url(file.replace(/index\.html$/, ''))).href);
    expect(readSitemapUrls(outDir()).sort()).toEqual(pages.sort());
    expect(pages).toContain(url(`briefs/${FIRST_BRIEF_ID}/`));
    expect(pages).toContain(url('page/2/'));
  });

  it('writes a robots.txt that names the sitemap', () => {
    const robots = readFileSync(join(outDir(), 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${url('sitemap-index.xml')}\n`);
    expect(robots).toContain(`Disallow: ${env.BASE_PATH}pagefind/\n`);
  });

  it('gives each page its canonical URL and links both feeds from its head', () => {
    const page = readBuiltPage(outDir(), `briefs/${FIRST_BRIEF_ID}/`);
    expect(page).toContain(`<link rel="canonical" href="${url(`briefs/${FIRST_BRIEF_ID}/`)}">`);
    expect(page).toContain(`type="application/rss+xml" title="Footnoted (RSS)" href="${url('rss.xml')}"`);
    expect(page).toContain(
      `type="application/feed+json" title="Footnoted (JSON Feed)" href="${url('feed.json')}"`,
    );
    expect(page).toContain(`<meta property="og:image" content="${url('social-card.png')}">`);
  });

  it('finds the first brief when searching for "Bessent", at its address under the base path', async () => {
    const search = readBuiltPage(outDir(), 'search/');
    const baseUrl = /<pagefind-config bundle-path="[^"]*" base-url="([^"]*)"/.exec(search)?.[1] ?? '';
    expect(baseUrl).toBe(env.BASE_PATH);
    const hits = await searchSite(outDir(), 'Bessent', baseUrl);
    expect(hits).toEqual([
      {
        url: `${env.BASE_PATH}briefs/${FIRST_BRIEF_ID}/`,
        title: 'China and US agree to launch intergovernmental dialogue on artificial intelligence',
      },
    ]);
  });
});

describe('the site built at the root', () => {
  const outDir = () => builds.root.outDir;

  it('indexes every published brief for search, and no other page', async () => {
    expect(await searchSite(outDir(), 'Filler', '/')).toHaveLength(20);
    // The draft's own words find nothing: drafts are never built, so never indexed.
    expect(await searchSite(outDir(), 'unpublished', '/')).toEqual([]);
    expect((await searchSite(outDir(), 'Beijing forum', '/')).map((hit) => hit.url)).toContain(
      '/briefs/2026-02-20-beijing-forum/',
    );
  });

  it('sets a Content-Security-Policy on every page, allowing WebAssembly on the search page only', () => {
    for (const file of listPages(outDir())) {
      const policy = readCspMeta(readFileSync(join(outDir(), file), 'utf8'));
      expect(policy, file).toMatch(/default-src 'self'/);
      expect(policy, file).not.toMatch(/unsafe-inline/);
      expect(policy?.includes("'wasm-unsafe-eval'"), file).toBe(file === 'search/index.html');
    }
    expect(readFileSync(join(outDir(), '_headers'), 'utf8')).toContain(
      `Content-Security-Policy: ${getHeaderPolicy()}\n`,
    );
  });

  it('keeps brief pages free of executable JavaScript: their only script is JSON-LD data', () => {
    const page = readBuiltPage(outDir(), `briefs/${FIRST_BRIEF_ID}/`);
    expect(page.match(/<script[^>]*>/g)).toEqual(['<script type="application/ld+json">']);
    expect(page).not.toMatch(/\son[a-z]+=/);
  });

  it('paginates the home page: 20 briefs, then the 5 oldest on /page/2/', () => {
    const first = readBuiltPage(outDir(), '');
    const second = readBuiltPage(outDir(), 'page/2/');
    // One link to each brief listed.
    expect(first.match(/<a href="\/briefs\/[^"#]+"/g)).toHaveLength(20);
    expect(second.match(/<a href="\/briefs\/[^"#]+"/g)).toHaveLength(5);
    expect(first).toContain('<a href="/page/2/" rel="next"');
    expect(getText(second)).toContain('Filler brief number 1 ');
    expect(getText(second)).not.toContain('Filler brief number 6 ');
    expect(second).toContain('<a href="/" rel="prev"');
  });

  it('has topic and month pages that list their briefs', () => {
    // `China` and `china` are one topic.
    const china = getText(readBuiltPage(outDir(), 'topics/china/'));
    expect(china).toContain('Topic · 2 briefs');
    expect(china).toContain('Trade talks resume in Geneva');
    // 23:30 on 31 January in New York is 1 February in the site's time zone (UTC).
    expect(getText(readBuiltPage(outDir(), 'archive/2026/02/'))).toContain('Late edition brief');
    expect(getText(readBuiltPage(outDir(), 'archive/'))).toContain('December 2025 20 briefs');
    expect(hasFile(outDir(), 'archive/2026/05/index.html')).toBe(true);
  });

  it('writes valid HTML on every kind of new page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    const pages = ['page/2/', 'topics/', 'topics/china/', 'archive/', 'archive/2026/02/', 'sources/'];
    pages.push('sources/afp/', 'how-we-source/', 'search/', `briefs/${FIRST_BRIEF_ID}/`, '404.html');
    for (const page of pages) {
      const report = await validator.validateString(readBuiltPage(outDir(), page), page);
      const problems = report.results.flatMap((result) =>
        result.messages.map((m) => `${m.ruleId}: ${m.message}`),
      );
      expect(problems, page).toEqual([]);
    }
  });
});

describe('the feeds and structured data of the site built at the root', () => {
  const outDir = () => builds.root.outDir;
  const briefUrl = (id: string) => `${ROOT.SITE_URL}/briefs/${id}/`;

  it('writes an RSS feed of every published brief, newest first, each with its sources', () => {
    const rss = readXml(outDir(), 'rss.xml') as { rss: { channel: { item: RssItem[] } } };
    const items = rss.rss.channel.item;
    expect(items).toHaveLength(PUBLISHED_COUNT);
    expect(items.slice(0, 3).map((item) => item.link)).toEqual([
      briefUrl(FIRST_BRIEF_ID),
      briefUrl('2026-04-02-wire-story'),
      briefUrl('2026-03-15-pasted-brief'),
    ]);
    const [first] = items;
    const sources = first?.['footnoted:source'].map((source) => [source['@publisher'], source['@url']]);
    expect(sources).toEqual(FIRST_BRIEF_SOURCES);
    expect(first?.['footnoted:source'][1]).toMatchObject({
      '@number': '2',
      '@agency': 'AFP',
      '@date': '2026-05-19',
    });
    // Plain numbered links into the source list on the brief's page; no buttons, no cards.
    const html = first?.['content:encoded'] ?? '';
    expect(html).toContain(`<a href="${briefUrl(FIRST_BRIEF_ID)}#`);
    expect(html).not.toMatch(/<button|popover|class=/);
    expect(items[2]?.['footnoted:source'].map((source) => source['@publisher'])).toEqual([
      'reuters.com',
      'apnews.com',
    ]);
  });

  it('writes a JSON Feed 1.1 with the same items and their sources in `_footnoted`', () => {
    const feed = JSON.parse(readFileSync(join(outDir(), 'feed.json'), 'utf8')) as JsonFeed;
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${ROOT.SITE_URL}/feed.json`);
    expect(feed.items).toHaveLength(PUBLISHED_COUNT);
    const [first, wire] = feed.items;
    expect(first?.id).toBe(briefUrl(FIRST_BRIEF_ID));
    expect(first?._footnoted.sources.map((source) => [source.publisher, source.url])).toEqual(
      FIRST_BRIEF_SOURCES,
    );
    expect(wire?.authors).toEqual([{ name: 'Jane Roe' }]);
    expect(wire?._footnoted.corrections).toEqual([
      { date: '2026-04-03', text: 'An earlier version gave the wrong day for the first meeting.' },
    ]);
    expect(feed.items.map((item) => item.title)).not.toContain('An unpublished draft about Bessent');
  });

  it('describes each brief as a schema.org NewsArticle that cites every source', () => {
    const [article] = readJsonLd(
      readBuiltPage(outDir(), `briefs/${FIRST_BRIEF_ID}/`),
    ) as unknown as NewsArticle[];
    expect(article?.['@type']).toBe('NewsArticle');
    expect(article?.headline).toBe(
      'China and US agree to launch intergovernmental dialogue on artificial intelligence',
    );
    expect(article?.datePublished).toBe('2026-05-19');
    expect(article?.citation.map((work) => [work.publisher.name, work.url])).toEqual(FIRST_BRIEF_SOURCES);
    const [wire] = readJsonLd(
      readBuiltPage(outDir(), 'briefs/2026-04-02-wire-story/'),
    ) as unknown as NewsArticle[];
    expect(wire?.author).toEqual([{ '@type': 'Person', name: 'Jane Roe' }]);
    expect(wire?.dateModified).toBe('2026-04-03');
    expect(wire?.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'An earlier version gave the wrong day for the first meeting.',
        datePublished: '2026-04-03',
      },
    ]);
  });

  it('lists, for each outlet, every brief and every sentence that cites it, with counts', () => {
    // AFP: the first brief's two AFP stories, and the wire story's AFP story and Le Monde's AFP copy.
    const afp = readBuiltPage(outDir(), 'sources/afp/');
    expect(getText(afp)).toContain('Cited in 2 briefs · 14 sentences · 4 reports');
    expect(getText(afp)).toContain('cites AFP in 12 of 14 sentences');
    // A sentence backed by the group that closes its paragraph counts too.
    expect(getText(afp)).toContain('US Treasury Secretary Scott Bessent said on May 14');
    expect(getText(afp)).toContain('Chinese foreign ministry spokesman Guo Jiakun said on May 19.');
    expect(afp).toMatch(new RegExp(`href="/briefs/${FIRST_BRIEF_ID}/#b[0-9a-z]+-cite-1"`));
    // A Chinese name keeps its letters in its address.
    expect(getText(readBuiltPage(outDir(), 'sources/人民日报/'))).toContain('Beijing hosts a forum');
    expect(getText(readBuiltPage(outDir(), 'sources/'))).toContain('Reuters 2 briefs · 3 sentences');
  });
});

const chromium = findChromium();
describe.skipIf(!chromium && !isBrowserRequired())(
  `the search page in Chromium, under /news/${chromium ? '' : ` (${NO_CHROMIUM})`}`,
  () => {
    it('finds the first brief for "Bessent", links to it under the base path, and breaks no policy', async () => {
      if (!chromium) throw new Error(NO_CHROMIUM);
      // Served with the headers of `_headers`, so both policies apply, the page's and the header's.
      const search = await searchInChromium({
        chromium,
        siteDir: builds.news.outDir,
        basePath: NEWS.BASE_PATH,
        query: 'Bessent',
      });
      expect(search).toEqual({ hrefs: [`/news/briefs/${FIRST_BRIEF_ID}/`], problems: [] });
    });
  },
);
