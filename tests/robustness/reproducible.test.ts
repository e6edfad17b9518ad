import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, PROJECT_ROOT, runAstroBuild, type BuildResult } from '../helpers/astro-build.ts';
import { diffTrees, readTree } from './helpers/read-tree.ts';
import { CHINESE_BRIEF, HOSTILE_BRIEF } from './helpers/unusual-briefs.ts';

// The basic briefs, plus raw HTML (the sanitizer's parse path) and non-Latin text and addresses.
const briefsDir = makeTempDir('reproducible');
cpSync(join(PROJECT_ROOT, 'tests/fixtures/briefs-basic'), briefsDir, { recursive: true });
writeFileSync(join(briefsDir, '2026-05-23-中文.md'), CHINESE_BRIEF);
writeFileSync(join(briefsDir, '2026-05-24-hostile.md'), HOSTILE_BRIEF);

describe('two builds of the same content', () => {
  let builds: BuildResult[];

  beforeAll(async () => {
    // Each with its own cache and output folder, at different paths: nothing may depend on either.
    builds = await Promise.all([runAstroBuild({ briefsDir }), runAstroBuild({ briefsDir })]);
  });

  it('both succeed', () => {
    expect(builds.map((build) => build.code)).toEqual([0, 0]);
  });

  it('write the same files, byte for byte: no timestamps, random ids or unordered lists', () => {
    const [first, second] = builds.map((build) => readTree(build.outDir));
    expect(first?.size).toBeGreaterThan(10);
    expect([...(first?.keys() ?? [])]).toEqual([...(second?.keys() ?? [])]);
    expect(diffTrees(first ?? new Map(), second ?? new Map())).toEqual([]);
  });
});
