import { cpSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, PROJECT_ROOT, runAstroBuild, type BuildResult } from '../helpers/astro-build.ts';
import { diffTrees, readTree } from './helpers/read-tree.ts';

const BASIC = join(PROJECT_ROOT, 'tests/fixtures/briefs-basic');

/** The basic briefs plus one more file, copied into a fresh folder. */
function withExtraBrief(fixture: string): string {
  const folder = makeTempDir('lost-site');
  cpSync(BASIC, folder, { recursive: true });
  cpSync(join(PROJECT_ROOT, fixture), join(folder, 'extra.md'));
  return folder;
}

describe('a failed build after a good one', () => {
  // The output folder sits alone in its own parent, so any folder left beside it would show.
  const outDir = join(makeTempDir('site'), 'dist');
  let good: BuildResult;
  let before: Map<string, Buffer>;
  let failures: BuildResult[];

  beforeAll(async () => {
    good = await runAstroBuild({ briefsDir: BASIC, outDir });
    before = readTree(outDir);
    // Sequential, into the same folder: a citation error stops Astro while it renders pages (after it has
    // emptied its output folder), a frontmatter error stops it before it starts.
    failures = [];
    for (const fixture of [
      'tests/fixtures/briefs-citation-error/unknown-source.md',
      'tests/fixtures/briefs-broken/frontmatter/impossible-date.md',
    ]) {
      failures.push(await runAstroBuild({ briefsDir: withExtraBrief(fixture), outDir }));
    }
  });

  it('starts from a good site', () => {
    expect(good.code).toBe(0);
    expect(before.size).toBeGreaterThan(10);
    expect([...before.keys()]).toContain('briefs/sub/nested-brief/index.html');
  });

  it('fails, both when Astro stops while rendering and when it stops before', () => {
    expect(failures.map((build) => build.code)).toEqual([1, 1]);
    expect(failures[0]?.output).toContain('error: [3] cites source 3, but this brief lists 2 sources');
    expect(failures[1]?.output).toContain('error: "date" is "2026-02-30", but February 2026 has 28 days');
  });

  it('leaves every file of the good site in place, byte for byte, and nothing beside it', () => {
    expect(diffTrees(before, readTree(outDir))).toEqual([]);
    expect(readdirSync(dirname(outDir))).toEqual(['dist']);
  });
});
