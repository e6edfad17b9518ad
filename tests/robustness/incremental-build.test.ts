import { appendFileSync, cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { INCREMENTAL_MANIFEST } from '../../scripts/build/incremental-cache.ts';
import { makeTempDir, PROJECT_ROOT, runAstroBuild, type BuildResult } from '../helpers/astro-build.ts';
import { diffTrees, readTree } from './helpers/read-tree.ts';

// Astro's incremental builds copy unchanged pages from the previous build (astro.config.mjs,
// src/lib/page-cache-key.ts). A copy is only right if nothing it shows changed: the proof is that a rebuild
// after an edit writes exactly what a build from scratch of the edited briefs writes.
const briefsDir = makeTempDir('incremental');
cpSync(join(PROJECT_ROOT, 'tests/fixtures/briefs-basic'), briefsDir, { recursive: true });
cpSync(join(PROJECT_ROOT, 'content/briefs'), briefsDir, { recursive: true });
const EDITED = '2026-01-10-older-brief';
const ADDED_SENTENCE = 'A later paragraph names the harbour master';

/** The pages a build copied from its cache instead of rendering, as Astro logs them. */
function restoredPages(output: string): string[] {
  return [...stripVTControlCharacters(output).matchAll(/├─ (\S+) \(restored\)/g)].map(
    (match) => match[1] ?? '',
  );
}

describe('a rebuild after editing one brief', () => {
  const cacheDir = makeTempDir('incremental-cache');
  let before: BuildResult;
  let rebuild: BuildResult;
  let fromScratch: BuildResult;

  beforeAll(async () => {
    before = await runAstroBuild({ briefsDir, cacheDir });
    appendFileSync(join(briefsDir, `${EDITED}.md`), `\n${ADDED_SENTENCE} [1].\n`);
    rebuild = await runAstroBuild({ briefsDir, cacheDir });
    fromScratch = await runAstroBuild({ briefsDir });
  });

  it('succeeds, and the first build left Astro’s manifest of its pages in the cache folder', () => {
    expect([before.code, rebuild.code, fromScratch.code]).toEqual([0, 0, 0]);
    expect(existsSync(join(cacheDir, INCREMENTAL_MANIFEST))).toBe(true);
  });

  it('copies the unchanged briefs’ pages and renders the edited one again', () => {
    const restored = restoredPages(rebuild.output);
    expect(restored).toContain('/briefs/2026-05-19-us-china-ai-dialogue/index.html');
    expect(restored).toContain('/briefs/2026-03-02-newer-brief/index.html');
    expect(restored).not.toContain(`/briefs/${EDITED}/index.html`);
    expect(restoredPages(fromScratch.output)).toEqual([]);
    const page = readFileSync(join(rebuild.outDir, 'briefs', EDITED, 'index.html'), 'utf8');
    expect(page).toContain(ADDED_SENTENCE);
  });

  it('renders every page again with --force', async () => {
    const forced = await runAstroBuild({ briefsDir, cacheDir, args: ['--force'] });
    expect(forced.code).toBe(0);
    expect(restoredPages(forced.output)).toEqual([]);
    expect(forced.output).toContain(`/briefs/${EDITED}/index.html`);
  });

  it('writes the same files, byte for byte, as a build from scratch of the edited briefs', () => {
    const [incremental, scratch] = [readTree(rebuild.outDir), readTree(fromScratch.outDir)];
    expect(incremental.size).toBeGreaterThan(10);
    expect(diffTrees(incremental, scratch)).toEqual([]);
  });
});
