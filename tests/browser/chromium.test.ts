import { describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, findChromium, NO_CHROMIUM } from '../../scripts/chromium.ts';
import { isBrowserRequired } from './chromium.ts';

describe('finding a Chromium', () => {
  it('takes CHROMIUM_PATH first, even where no file is, so that a wrong path fails loudly', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/x/chrome' }, [])).toBe('/opt/x/chrome');
  });

  it('else takes the first usual place that exists, and finds none on a bare machine', () => {
    expect(findChromium({}, ['/nonexistent/chromium', process.execPath])).toBe(process.execPath);
    expect(findChromium({}, ['/nonexistent/chromium'])).toBeUndefined();
  });

  it('says in one line how to get one', () => {
    expect(NO_CHROMIUM).toBe(
      'no Chromium found: install one (`apt-get install chromium`) or set CHROMIUM_PATH',
    );
  });

  it('fails instead of skipping only with REQUIRE_BROWSER=1', () => {
    expect(isBrowserRequired({ REQUIRE_BROWSER: '1' })).toBe(true);
    expect(isBrowserRequired({})).toBe(false);
    expect(isBrowserRequired({ REQUIRE_BROWSER: '0' })).toBe(false);
  });

  it('runs headless without a sandbox or network of its own', () => {
    expect(CHROMIUM_FLAGS).toEqual([
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ]);
  });
});
