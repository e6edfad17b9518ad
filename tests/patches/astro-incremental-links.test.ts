import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/astro-build.ts';

// patches/astro+7.3.5.patch: Astro's incremental build keeps a copy of every page it renders in its cache
// folder. The copy of a page just written is now a hard link to it (one write instead of two); a page rendered
// again replaces its old copy; where no link can be made, the bytes are written as before. A later build restores
// an unchanged page as one more link to that copy, not a copy of its bytes; a copy where no link can be made.
const incremental = pathToFileURL(
  join(PROJECT_ROOT, 'node_modules/astro/dist/core/build/incremental.js'),
).href;
const { IncrementalBuildCache } = (await import(incremental)) as {
  IncrementalBuildCache: new (
    configHash: string,
    lockfileHash: string,
    keyDigest: string,
  ) => {
    writeOutputFile(settings: object, outputFile: string, body: string, writtenFile?: URL): Promise<void>;
    restoreOutputFile(settings: object, outputFile: string, destination: URL): Promise<boolean>;
  };
};

let folder: string;
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A site folder with one written page, and the cache folder Astro would keep beside it. */
function setUp(body: string) {
  folder = mkdtempSync(join(tmpdir(), 'incremental-links-'));
  const page = join(folder, 'site/briefs/a/index.html');
  mkdirSync(join(page, '..'), { recursive: true });
  writeFileSync(page, body);
  const settings = { config: { cacheDir: pathToFileURL(join(folder, 'cache/')) } };
  const cached = join(folder, 'cache/dist/briefs/a/index.html');
  return { page, settings, cached, cache: new IncrementalBuildCache('c', 'l', 'k') };
}

describe('the patched incremental build cache', () => {
  it('keeps a page’s copy as a hard link to the page just written', async () => {
    const { page, settings, cached, cache } = setUp('<p>One</p>');
    await cache.writeOutputFile(settings, 'briefs/a/index.html', '<p>One</p>', pathToFileURL(page));
    expect(readFileSync(cached, 'utf8')).toBe('<p>One</p>');
    expect(statSync(cached).ino).toBe(statSync(page).ino);
  });

  it('replaces the old copy of a page rendered again', async () => {
    const { page, settings, cached, cache } = setUp('<p>New</p>');
    mkdirSync(join(cached, '..'), { recursive: true });
    writeFileSync(cached, '<p>Old</p>');
    await cache.writeOutputFile(settings, 'briefs/a/index.html', '<p>New</p>', pathToFileURL(page));
    expect(readFileSync(cached, 'utf8')).toBe('<p>New</p>');
    expect(statSync(cached).ino).toBe(statSync(page).ino);
  });

  it('writes the bytes when the page cannot be linked', async () => {
    const { settings, cached, cache } = setUp('<p>One</p>');
    const missing = pathToFileURL(join(folder, 'elsewhere/index.html'));
    await cache.writeOutputFile(settings, 'briefs/a/index.html', '<p>One</p>', missing);
    expect(readFileSync(cached, 'utf8')).toBe('<p>One</p>');
    expect(statSync(cached).nlink).toBe(1);
  });

  it('restores an unchanged page as a hard link to its copy, in a new site folder', async () => {
    const { page, settings, cached, cache } = setUp('<p>One</p>');
    await cache.writeOutputFile(settings, 'briefs/a/index.html', '<p>One</p>', pathToFileURL(page));
    const restored = join(folder, 'next-site/briefs/a/index.html');
    expect(await cache.restoreOutputFile(settings, 'briefs/a/index.html', pathToFileURL(restored))).toBe(
      true,
    );
    expect(readFileSync(restored, 'utf8')).toBe('<p>One</p>');
    expect(statSync(restored).ino).toBe(statSync(cached).ino);
  });

  it('restores a page by copying its bytes when no link can be made', async () => {
    const { settings, cached, cache } = setUp('<p>One</p>');
    mkdirSync(join(cached, '..'), { recursive: true });
    writeFileSync(cached, '<p>One</p>');
    // A file already at the destination: no link can be made there.
    const restored = join(folder, 'next-site/briefs/a/index.html');
    mkdirSync(join(restored, '..'), { recursive: true });
    writeFileSync(restored, '<p>Stale</p>');
    expect(await cache.restoreOutputFile(settings, 'briefs/a/index.html', pathToFileURL(restored))).toBe(
      true,
    );
    expect(readFileSync(restored, 'utf8')).toBe('<p>One</p>');
    expect(statSync(restored).ino).not.toBe(statSync(cached).ino);
  });

  it('restores nothing when the cache has no copy of the page', async () => {
    const { settings, cache } = setUp('<p>One</p>');
    const restored = pathToFileURL(join(folder, 'next-site/briefs/b/index.html'));
    expect(await cache.restoreOutputFile(settings, 'briefs/b/index.html', restored)).toBe(false);
  });
});
