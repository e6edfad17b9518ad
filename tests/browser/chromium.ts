import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../scripts/chromium.ts';
import { makeTempDir } from '../helpers/astro-build.ts';

export { findChromium, NO_CHROMIUM } from '../../scripts/chromium.ts';

/** Whether a missing browser fails the browser tests rather than skipping them (CI sets REQUIRE_BROWSER=1). */
export function isBrowserRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.REQUIRE_BROWSER === '1';
}

/** Starts Chromium with a fresh profile in a temporary folder, so that no run sees another's state. */
export function launchChromium(executablePath: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(makeTempDir('chromium-profile'), {
    executablePath,
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
}
