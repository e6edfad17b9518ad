// Which Chromium the browser tests and `npm run lighthouse` drive, and with which flags.
import { existsSync } from 'node:fs';

/** Where a Chromium usually is, after `CHROMIUM_PATH`: Debian's package first, as CI installs it. */
export const USUAL_CHROMIUM_PLACES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The one line printed when no Chromium is found. */
export const NO_CHROMIUM = 'no Chromium found: install one (`apt-get install chromium`) or set CHROMIUM_PATH';

/**
 * The Chromium to drive: `CHROMIUM_PATH` when set (even if wrong, so that a typo fails loudly rather than
 * falling back to another browser), else the first usual place that exists.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  places: readonly string[] = USUAL_CHROMIUM_PLACES,
): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return places.find((path) => existsSync(path));
}

/** Chromium's flags on a build machine: headless, no sandbox (CI runs as root), no network of its own. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
