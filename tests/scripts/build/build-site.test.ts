import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSite, type PostBuildStep } from '../../../scripts/build/build-site.ts';
import { INCREMENTAL_MANIFEST } from '../../../scripts/build/incremental-cache.ts';
import type { AstroBuildOptions } from '../../../scripts/build/run-astro.ts';
import { makeTempDir } from '../../helpers/astro-build.ts';

/** A stand-in for `astro build`: writes a one-page site where it is told to, then exits with `status`. */
function fakeAstro(status: number, calls: AstroBuildOptions[] = []) {
  return async (options: AstroBuildOptions) => {
    calls.push(options);
    mkdirSync(options.outDir, { recursive: true });
    writeFileSync(join(options.outDir, 'index.html'), 'new');
    return status;
  };
}

function setUp() {
  const parent = makeTempDir('build-site');
  const outDir = join(parent, 'dist');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'index.html'), 'old');
  // The manifest of a previous incremental build, as Astro leaves it in its cache folder.
  const cacheDir = makeTempDir('cache');
  writeFileSync(join(cacheDir, INCREMENTAL_MANIFEST), '{}');
  return { parent, outDir, cacheDir, projectRoot: makeTempDir('project'), astroArgs: [] };
}

const hasManifest = (setup: ReturnType<typeof setUp>) =>
  existsSync(join(setup.cacheDir, INCREMENTAL_MANIFEST));

/** What is left beside the output folder and in the staging area once a build is over. */
function leftovers(setup: ReturnType<typeof setUp>) {
  return { beside: readdirSync(setup.parent), staging: readdirSync(join(setup.projectRoot, '.astro')) };
}

afterEach(() => vi.restoreAllMocks());

describe('buildSite', () => {
  it('builds into a staging folder, runs the steps there, then publishes', async () => {
    const setup = setUp();
    const calls: AstroBuildOptions[] = [];
    const seen: string[] = [];
    const step: PostBuildStep = {
      name: 'index',
      run: ({ siteDir }) => {
        seen.push(readFileSync(join(siteDir, 'index.html'), 'utf8'));
        writeFileSync(join(siteDir, 'search.json'), '{}');
      },
    };
    const status = await buildSite({ ...setup, steps: [step], runAstro: fakeAstro(0, calls) });
    expect(status).toBe(0);
    expect(dirname(calls[0]?.outDir ?? '')).toBe(join(setup.projectRoot, '.astro'));
    expect(basename(calls[0]?.outDir ?? '')).toMatch(/^\.dist\.building-/);
    expect(seen).toEqual(['new']);
    expect(readdirSync(setup.outDir).sort()).toEqual(['index.html', 'search.json']);
    expect(leftovers(setup)).toEqual({ beside: ['dist'], staging: [] });
  });

  it('leaves the old output exactly as it was, and no staging folder, when Astro fails', async () => {
    const setup = setUp();
    const step = { name: 'never', run: vi.fn() };
    const status = await buildSite({ ...setup, steps: [step], runAstro: fakeAstro(1) });
    expect(status).toBe(1);
    expect(step.run).not.toHaveBeenCalled();
    expect(readFileSync(join(setup.outDir, 'index.html'), 'utf8')).toBe('old');
    expect(leftovers(setup)).toEqual({ beside: ['dist'], staging: [] });
  });

  it('drops the incremental-build manifest when Astro fails, so the next build renders every page', async () => {
    const setup = setUp();
    expect(await buildSite({ ...setup, steps: [], runAstro: fakeAstro(1) })).toBe(1);
    expect(hasManifest(setup)).toBe(false);
  });

  it('keeps the manifest when Astro succeeded, even if a later step fails', async () => {
    const setup = setUp();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await buildSite({ ...setup, steps: [], runAstro: fakeAstro(0) })).toBe(0);
    expect(hasManifest(setup)).toBe(true);
    const failing = { name: 'x', run: () => Promise.reject(new Error('no')) };
    expect(await buildSite({ ...setup, steps: [failing], runAstro: fakeAstro(0) })).toBe(1);
    expect(hasManifest(setup)).toBe(true);
  });

  it('leaves the old output as it was when a post-build step fails, and says which step', async () => {
    const setup = setUp();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const step: PostBuildStep = {
      name: 'search index',
      run: () => {
        throw new Error('pagefind found no pages');
      },
    };
    const status = await buildSite({ ...setup, steps: [step], runAstro: fakeAstro(0) });
    expect(status).toBe(1);
    expect(errors).toHaveBeenCalledWith('Build step "search index" failed: pagefind found no pages');
    expect(readFileSync(join(setup.outDir, 'index.html'), 'utf8')).toBe('old');
    expect(leftovers(setup)).toEqual({ beside: ['dist'], staging: [] });
  });
});
