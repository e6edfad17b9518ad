import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { PROJECT_ROOT, runAstroBuild, type BuildResult } from '../helpers/astro-build.ts';
import { findViolations } from './axe.ts';
import { findChromium, isBrowserRequired, launchChromium, NO_CHROMIUM } from './chromium.ts';
import { readFonts, readPlatformFonts } from './fonts.ts';

// A brief in Simplified Chinese, one in Traditional Chinese and one in English, sharing topics.
const BRIEFS_DIR = join(PROJECT_ROOT, 'tests/fixtures/briefs-cjk');
const ZH_HANS = 'briefs/2026-05-20-zhongmei-rengongzhineng-duihua/';
const ZH_HANT = 'briefs/2026-05-18-taiwan-chip-exports/';
const SCREENSHOTS = join(PROJECT_ROOT, 'artifacts/screenshots');

// The first fonts of each stack (src/styles/global.css), as the browser gives back a computed font-family.
const SIMPLIFIED = '"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC"';
const TRADITIONAL = '"PingFang TC", "Noto Sans CJK TC", "Source Han Sans TC"';
const LATIN_SERIF = '"Iowan Old Style", "Palatino Linotype", Palatino';
const LATIN_SANS = 'system-ui, -apple-system, "Segoe UI"';

/** The first `count` fonts of a computed font-family. */
function getFirstFonts(family: string, count: number): string {
  return family.split(', ').slice(0, count).join(', ');
}

/** Whether the machine has Noto Sans CJK SC, the Simplified Chinese font Linux browsers fall back on. */
function hasNotoSansCjk(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' }).includes(
      'Noto Sans CJK SC',
    );
  } catch {
    return false;
  }
}

const chromiumPath = findChromium();
if (!chromiumPath && isBrowserRequired()) {
  describe('a brief in Chinese, in Chromium', () => {
    it('finds a Chromium, as REQUIRE_BROWSER=1 demands', () => {
      throw new Error(NO_CHROMIUM);
    });
  });
}

describe.skipIf(!chromiumPath)('a brief in Chinese, in Chromium', () => {
  let build: BuildResult;
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  const open = async (path: string, width = 1280) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${server.origin}/${path}`);
  };

  beforeAll(async () => {
    build = await runAstroBuild({ briefsDir: BRIEFS_DIR });
    if (build.code !== 0) throw new Error(`the build failed:\n${build.output}`);
    server = await startStaticServer(build.outDir);
    context = await launchChromium(chromiumPath ?? '');
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('carries the brief’s `lang` to the page and the article, and marks the English header as English', async () => {
    await open(ZH_HANS);
    const langs = await page.evaluate(() =>
      ['html', 'article.brief', 'body > header', '.brief-meta', '.brief-topics a', 'body > footer'].map(
        (selector) => document.querySelector(selector)?.getAttribute('lang') ?? null,
      ),
    );
    expect(langs).toEqual(['zh-Hans', 'zh-Hans', 'en', 'en', 'zh-Hans', 'en']);
  });

  it('sets Simplified Chinese in the zh-Hans stack, English parts in the Latin stacks', async () => {
    await open(ZH_HANS);
    const selectors = ['.headline', '.brief-body p', '.brief-topics a', '.brief-meta', 'body > header a'];
    const fonts = await readFonts(page, selectors);
    expect(fonts.map((font) => getFirstFonts(font.family, 3))).toEqual([
      SIMPLIFIED,
      SIMPLIFIED,
      SIMPLIFIED,
      LATIN_SANS,
      LATIN_SANS,
    ]);
  });

  it('sets Traditional Chinese in the zh-Hant stack, on its page and as a related brief elsewhere', async () => {
    await open(ZH_HANT);
    const [text] = await readFonts(page, ['.brief-body p']);
    expect(getFirstFonts(text?.family ?? '', 3)).toBe(TRADITIONAL);
    await open(ZH_HANS);
    const related = await readFonts(page, [
      '.related-briefs li:nth-child(1) a',
      '.related-briefs li:nth-child(2) a',
    ]);
    expect(related.map((font) => getFirstFonts(font.family, 3))).toEqual([TRADITIONAL, LATIN_SERIF]);
  });

  it('never slants CJK text: emphasis is upright with dots under, as in Chinese print', async () => {
    await open(ZH_HANS);
    const [emphasis] = await readFonts(page, ['.brief-body em']);
    expect(emphasis).toMatchObject({ style: 'normal', synthesis: 'none', emphasis: 'dot' });
  });

  it('marks a Chinese title in an English list with its language, and sets it in the zh-Hans stack', async () => {
    await open('');
    const [title] = await readFonts(page, ['li:has(a[href$="duihua/"]) h2']);
    expect(title?.lang).toBe('zh-Hans');
    expect(getFirstFonts(title?.family ?? '', 3)).toBe(SIMPLIFIED);
  });

  it.skipIf(!hasNotoSansCjk())(
    'draws the text with a CJK font, not boxes or a Japanese fallback',
    async () => {
      await open(ZH_HANS);
      expect(await readPlatformFonts(context, page, '.brief-body p')).toEqual(['Noto Sans CJK SC']);
    },
  );

  it('passes axe, light and dark, at 375 and 1280 px (screenshots in artifacts/screenshots/)', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const found: string[] = [];
    for (const [name, path] of [
      ['brief-zh-hans', ZH_HANS],
      ['brief-zh-hant', ZH_HANT],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        for (const width of [375, 1280]) {
          await page.emulateMedia({ colorScheme: scheme });
          await open(path, width);
          found.push(...(await findViolations(page, `${name} ${scheme} ${width}`)));
          await page.screenshot({
            path: join(SCREENSHOTS, `${name}-${scheme}-${width}.png`),
            fullPage: true,
          });
        }
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect(found).toEqual([]);
  });
});
