import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSiteLinks } from '../../scripts/links/find-broken-links.ts';
import { makeTempDir, PROJECT_ROOT, runAstroBuild, type BuildResult } from '../helpers/astro-build.ts';
import { getText, readBuiltPage } from '../helpers/read-html.ts';
import { readJsonLd, readXml } from '../publishing/helpers/read-site.ts';
import type { JsonFeed, RssItem } from '../publishing/helpers/site-types.ts';

// Three briefs sharing topics: Simplified Chinese (the newest), Traditional Chinese, and English with a title
// written with straight quotes and `--`. Copied, so that the last test can edit one and build again.
const briefsDir = makeTempDir('briefs-cjk');
cpSync(join(PROJECT_ROOT, 'tests/fixtures/briefs-cjk'), briefsDir, { recursive: true });
const ZH_HANS = 'briefs/2026-05-20-zhongmei-rengongzhineng-duihua/';
const ZH_HANT = 'briefs/2026-05-18-taiwan-chip-exports/';
const ENGLISH = 'briefs/2026-05-15-us-chip-rules/';
const TYPESET_TITLE = 'Washington’s new chip rules — what changes';

/** The related briefs a page lists: each link's address and text. */
function readRelated(html: string): string[] {
  const section = /<section class="related-briefs"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  return [...section.matchAll(/<a href="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map(
    (match) => `${match[1]} ${match[2]}`,
  );
}

describe('the furniture of a brief’s page, built from briefs in Chinese and English', () => {
  const cacheDir = makeTempDir('briefs-cjk-cache');
  let build: BuildResult;

  beforeAll(async () => {
    build = await runAstroBuild({ briefsDir, cacheDir });
    if (build.code !== 0) throw new Error(`the build failed:\n${build.output}`);
  });

  it('puts the site’s section links in the header of a brief’s page, none marked current', () => {
    const header = /<header class="border-b[\s\S]*?<\/header>/.exec(
      readBuiltPage(build.outDir, ZH_HANS),
    )?.[0];
    expect(header).toContain('<nav aria-label="Sections"');
    expect(getText(header ?? '').trim()).toBe('Footnoted Latest Topics Archive Sources Search How we source');
    expect(header).not.toContain('aria-current');
  });

  it('shows byline, dates and topics (linked to their pages) under the headline', () => {
    const meta =
      /<div class="brief-meta"[\s\S]*?<\/div>/.exec(readBuiltPage(build.outDir, ZH_HANS))?.[0] ?? '';
    expect(getText(meta).trim()).toBe(
      'By 本站编辑部 Published 20 May 2026 · Updated 21 May 2026 1 min read · 3 sources 5 of 8 claims rest on a single source Topics: 人工智能 , 中美关系',
    );
    expect([...meta.matchAll(/href="(\/topics\/[^"]+)"/g)].map((match) => match[1])).toEqual([
      '/topics/人工智能/',
      '/topics/中美关系/',
    ]);
  });

  it('lists the briefs sharing a topic at the end, newest first, never the brief itself', () => {
    expect(readRelated(readBuiltPage(build.outDir, ZH_HANS))).toEqual([
      `/${ZH_HANT} 台灣半導體出口創新高`,
      `/${ENGLISH} ${TYPESET_TITLE}`,
    ]);
    expect(readRelated(readBuiltPage(build.outDir, ZH_HANT))).toEqual([
      `/${ZH_HANS} 中美同意启动人工智能政府间对话`,
    ]);
  });

  it('gives a title the body’s typography in the page, its <title>, Open Graph, JSON-LD and both feeds', () => {
    const page = readBuiltPage(build.outDir, ENGLISH);
    expect(page).toContain(`<h1 class="headline">${TYPESET_TITLE}</h1>`);
    expect(page).toContain(`<title>${TYPESET_TITLE} · Footnoted</title>`);
    expect(page).toContain(`<meta property="og:title" content="${TYPESET_TITLE}">`);
    expect(readJsonLd(page)[0]?.headline).toBe(TYPESET_TITLE);
    const rss = readXml(build.outDir, 'rss.xml') as {
      rss: { channel: { item: Array<RssItem & { title: string }> } };
    };
    expect(rss.rss.channel.item.map((item) => item.title)).toContain(TYPESET_TITLE);
    const feed = JSON.parse(readFileSync(join(build.outDir, 'feed.json'), 'utf8')) as JsonFeed;
    expect(feed.items.map((item) => item.title)).toContain(TYPESET_TITLE);
    expect(getText(readBuiltPage(build.outDir, ''))).toContain(TYPESET_TITLE);
  });

  it('writes valid HTML with no broken link, and no script but JSON-LD on a brief’s page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    for (const page of [ZH_HANS, ZH_HANT, ENGLISH, '', 'topics/人工智能/', 'sources/示例新闻社/']) {
      const report = await validator.validateString(readBuiltPage(build.outDir, page), page);
      expect(
        report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message}`)),
      ).toEqual([]);
    }
    const site = { siteUrl: 'https://footnoted.example', basePath: '/' };
    expect(checkSiteLinks(build.outDir, site).broken).toEqual([]);
    const scripts = [...readBuiltPage(build.outDir, ZH_HANS).matchAll(/<script\b([^>]*)>/g)];
    expect(scripts.map((match) => match[1])).toEqual([' type="application/ld+json"']);
  });

  it('shows a related brief’s new title after a warm rebuild: the related briefs are in the page’s cache key', async () => {
    const file = join(briefsDir, '2026-05-15-us-chip-rules.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('what changes', 'what it changes'));
    const rebuild = await runAstroBuild({ briefsDir, cacheDir });
    expect(rebuild.code).toBe(0);
    expect(readRelated(readBuiltPage(rebuild.outDir, ZH_HANS))[1]).toBe(
      `/${ENGLISH} Washington’s new chip rules — what it changes`,
    );
    // The page that shows no other brief is copied from the cache: the key still lets it be.
    expect(rebuild.output).toMatch(/├─ \/sources\/示例日报\/index\.html \(restored\)/);
  });
});
