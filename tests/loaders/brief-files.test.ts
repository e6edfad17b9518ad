import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isBriefFile, listBriefFiles } from '../../src/loaders/brief-files.ts';
import { getWorkerCount, MAX_WORKERS, MIN_BRIEFS_PER_WORKER } from '../../src/loaders/pool-size.ts';
import { makeTempDir } from '../helpers/astro-build.ts';

const PATHS = [
  'a.md',
  'Sub Folder/b c.md',
  'deep/er/index.md',
  '.hidden.md',
  '.dot/inside.md',
  'sub/.dot/inside.md',
  'notes.MD',
  'notes.markdown',
  'notes.md.txt',
];

describe('isBriefFile', () => {
  it('accepts exactly the files listBriefFiles lists, so that the watcher follows what a load reads', async () => {
    const base = makeTempDir('brief-files');
    for (const path of PATHS) {
      mkdirSync(dirname(join(base, path)), { recursive: true });
      writeFileSync(join(base, path), '');
    }
    const listed = await listBriefFiles(pathToFileURL(`${base}/`));
    expect(listed.sort()).toEqual(['Sub Folder/b c.md', 'a.md', 'deep/er/index.md']);
    expect(PATHS.filter(isBriefFile).sort()).toEqual(listed);
  });
});

describe('getWorkerCount', () => {
  it('starts no worker for a handful of briefs', () => {
    expect(getWorkerCount(MIN_BRIEFS_PER_WORKER - 1, 16)).toBe(0);
  });

  it('starts one worker per core but the main thread’s, capped by the memory budget', () => {
    expect(getWorkerCount(10_000, 2)).toBe(1);
    expect(getWorkerCount(10_000, 1)).toBe(0);
    expect(getWorkerCount(10_000, 64)).toBe(MAX_WORKERS);
  });

  it('starts no more workers than the briefs pay for', () => {
    expect(getWorkerCount(2 * MIN_BRIEFS_PER_WORKER, 64)).toBe(2);
  });
});
