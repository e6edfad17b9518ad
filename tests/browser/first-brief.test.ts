import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runAstroBuild, type BuildResult } from '../helpers/astro-build.ts';
import { readBuiltPage } from '../helpers/read-html.ts';
import { findChromium, isBrowserRequired, launchChromium, NO_CHROMIUM } from './chromium.ts';
import { findViolations } from './axe.ts';
import { BRIEF, EXPECTED_GROUPS, TITLE } from '../helpers/first-brief-facts.ts';
import { walkTabOrder } from './keyboard.ts';
import {
  describeFocus,
  dropAnchorPositioning,
  isInViewport,
  measureGap,
  readCard,
  readGroups,
} from './page-facts.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';

const SCREENSHOTS = join(PROJECT_ROOT, 'artifacts/screenshots');

let build: BuildResult;

beforeAll(async () => {
  build = await runAstroBuild({});
  if (build.code !== 0) throw new Error(`the build failed:\n${build.output}`);
});

describe('the first brief’s built page, read without a browser', () => {
  it('carries no JavaScript: no script but JSON data, no module preload, no inline handler', () => {
    const html = readBuiltPage(build.outDir, BRIEF);
    const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((match) => match[1] ?? '');
    expect(scripts.filter((attributes) => !/type="application\/ld\+json"/.test(attributes))).toEqual([]);
    expect(html).not.toMatch(/rel="modulepreload"|\.m?js["']|\son[a-z]+=/i);
  });

  it('gives each group a button named for its card: "Sources for this claim: n of 5"', () => {
    const html = readBuiltPage(build.outDir, BRIEF);
    const names = [
      ...html.matchAll(
        /<button type="button" (?:class="single-source" )?popovertarget="[^"]+" aria-label="([^"]+)"/g,
      ),
    ];
    expect(names.map((match) => match[1])).toEqual(
      EXPECTED_GROUPS.map((group) =>
        group.length === 1
          ? 'Single source for this claim: 1 of 5'
          : `Sources for this claim: ${group.length} of 5`,
      ),
    );
  });
});

const chromiumPath = findChromium();
if (!chromiumPath && isBrowserRequired()) {
  describe('the first brief in Chromium', () => {
    it('finds a Chromium, as REQUIRE_BROWSER=1 demands', () => {
      throw new Error(NO_CHROMIUM);
    });
  });
} else if (!chromiumPath) {
  console.warn(`Browser tests skipped: ${NO_CHROMIUM}.`);
}

describe.skipIf(!chromiumPath)(
  `the first brief in Chromium${chromiumPath ? '' : ` (${NO_CHROMIUM})`}`,
  () => {
    let server: StaticServer;
    let context: BrowserContext;
    let page: Page;
    const open = async (path: string, viewport = { width: 1280, height: 900 }) => {
      await page.setViewportSize(viewport);
      await page.goto(`${server.origin}/${path}`);
    };

    beforeAll(async () => {
      server = await startStaticServer(build.outDir);
      context = await launchChromium(chromiumPath ?? '');
      page = context.pages()[0] ?? (await context.newPage());
    });

    afterAll(async () => {
      await context?.close();
      await server?.close();
    });

    it('opens the first brief from the home page', async () => {
      await open('');
      await page.getByRole('link', { name: TITLE }).click();
      await page.waitForURL(`**/${BRIEF}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
      expect((await readGroups(page)).map((group) => group.numbers)).toEqual(EXPECTED_GROUPS);
    });

    it('fits every width from 320 px up without scrolling sideways', async () => {
      const overflowing: number[] = [];
      for (const width of [320, 375, 768, 1024, 1600]) {
        await open(BRIEF, { width, height: 800 });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) overflowing.push(width);
      }
      expect(overflowing).toEqual([]);
    });

    it.each([375, 1280])(
      'opens each group’s card beside it, listing exactly that group’s sources (%i px)',
      async (width) => {
        await open(BRIEF, { width, height: 800 });
        for (const [index, group] of (await readGroups(page)).entries()) {
          await page.locator(`[id="${group.id}"] button`).click();
          const card = await readCard(page, group.cardId);
          const expected = [...(EXPECTED_GROUPS[index] ?? [])].sort((a, b) => a - b);
          expect(card).toMatchObject({ open: true, numbers: expected });
          // Sources 2 and 5 are both AFP reports: the claim resting on exactly those two comes from one outlet.
          const oneOutlet = expected.join() === '2,5' ? ' · both from one outlet, AFP' : '';
          const single = expected.length === 1 ? ' · single source' : '';
          expect(card.notes).toBe(`${expected.length} of 5 sources${single}${oneOutlet}`);
          const selector = `[id="${group.cardId}"]`;
          expect(await isInViewport(page, selector)).toBe(true);
          // Anchored: the card touches the button's row, below it or (with more room there) above it.
          expect(await measureGap(page, [`[id="${group.id}"] button`, selector])).toBeLessThan(16);
          await page.keyboard.press('Escape');
        }
      },
    );

    it('closes a card on Escape or a click outside, focus going into the card and back to the button', async () => {
      await open(BRIEF);
      const [group] = await readGroups(page);
      const button = page.locator(`[id="${group?.id}"] button`);
      await button.click();
      expect(await describeFocus(page)).toMatchObject({ tag: 'a', inCard: group?.cardId });
      await page.keyboard.press('Escape');
      expect((await readCard(page, group?.cardId ?? '')).open).toBe(false);
      expect(await describeFocus(page)).toMatchObject({ tag: 'button', target: group?.cardId });
      await button.click();
      await page.mouse.click(5, 5);
      expect((await readCard(page, group?.cardId ?? '')).open).toBe(false);
    });

    it.each([375, 1280])(
      'still shows a card whole, centred, without anchor positioning (%i px)',
      async (width) => {
        await open(BRIEF, { width, height: 800 });
        expect(await dropAnchorPositioning(page)).toBe(1);
        const [first] = await readGroups(page);
        await page.locator(`[id="${first?.id}"] button`).click();
        const selector = `[id="${first?.cardId}"]`;
        expect((await readCard(page, first?.cardId ?? '')).open).toBe(true);
        expect(await isInViewport(page, selector)).toBe(true);
        const box = await page.locator(selector).boundingBox();
        // Centred across the viewport, as the browser's own popover placement puts it.
        expect(Math.abs((box?.x ?? 0) * 2 + (box?.width ?? 0) - width)).toBeLessThan(2);
      },
    );

    it('follows a citation to its source and a back-link back to the claim', async () => {
      await open(BRIEF);
      const groups = await readGroups(page);
      const third = groups[2];
      await page.locator(`[id="${third?.id}"] a[role="doc-noteref"]`).first().click();
      const entryId = new URL(page.url()).hash.slice(1);
      expect(entryId).toMatch(/^b[0-9a-z]{7}-source-1$/);
      expect(await page.locator(`[id="${entryId}"]`).evaluate((entry) => entry.matches(':target'))).toBe(
        true,
      );
      expect(await isInViewport(page, `[id="${entryId}"]`)).toBe(true);
      // Source 1 is cited by groups 1, 2, 3…: its third back-link returns to the third group.
      await page.locator(`[id="${entryId}"] a[role="doc-backlink"]`).nth(2).click();
      expect(new URL(page.url()).hash).toBe(`#${third?.id}`);
      expect(await isInViewport(page, `[id="${third?.id}"]`)).toBe(true);
    });

    it('reaches every citation and card with the keyboard alone, opening each card with Enter or Space', async () => {
      await open(BRIEF);
      const groups = await readGroups(page);
      const links: string[] = [];
      const cards: string[] = [];
      await walkTabOrder(page, async (stop) => {
        if (stop.tag === 'a' && stop.target.includes('-source-'))
          links.push(stop.target.replace(/^#b[0-9a-z]{7}-/, ''));
        if (stop.tag !== 'button' || !stop.target) return;
        await page.keyboard.press(cards.length % 2 === 0 ? 'Enter' : 'Space');
        expect(await describeFocus(page)).toMatchObject({ tag: 'a', inCard: stop.target });
        expect((await readCard(page, stop.target)).open).toBe(true);
        await page.keyboard.press('Escape');
        expect(await describeFocus(page)).toMatchObject({ tag: 'button', target: stop.target });
        cards.push(stop.target);
      });
      expect(links).toEqual(EXPECTED_GROUPS.flat().map((number) => `source-${number}`));
      expect(cards).toEqual(groups.map((group) => group.cardId));
    });

    it('passes axe with no violation on the home, brief, topic and outlet pages, light and dark, at 375 and 1280 px', async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const found: string[] = [];
      for (const [name, path] of [
        ['home', ''],
        ['brief', BRIEF],
        ['topic', 'topics/china/'],
        ['outlet', 'sources/afp/'],
      ] as const) {
        for (const scheme of ['light', 'dark'] as const) {
          for (const width of [375, 1280]) {
            await page.emulateMedia({ colorScheme: scheme });
            await open(path, { width, height: 900 });
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

    it('passes axe with a card open, in both schemes', async () => {
      const found: string[] = [];
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await open(BRIEF, { width: 375, height: 800 });
        await page.locator('sup.source-refs button').first().click();
        found.push(...(await findViolations(page, `${scheme}, card open`)));
      }
      await page.emulateMedia({ colorScheme: 'light' });
      expect(found).toEqual([]);
    });
  },
);
