import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discardStaging, makeStagingDir, replaceOutput } from '../../../scripts/build/replace-output.ts';
import { makeTempDir } from '../../helpers/astro-build.ts';

function makeSite(folder: string, text: string): void {
  mkdirSync(join(folder, 'briefs'), { recursive: true });
  writeFileSync(join(folder, 'index.html'), text);
  writeFileSync(join(folder, 'briefs/a.html'), `${text} a`);
}

// Another file system than the temporary folder's, when the machine has one (a tmpfs), for the copy path.
const OTHER_FS = ['/dev/shm'].find(
  (folder) => existsSync(folder) && statSync(folder).dev !== statSync(makeTempDir('fs')).dev,
);

describe('makeStagingDir', () => {
  it("makes a new hidden folder in the project's .astro/, named after the output folder", () => {
    const project = makeTempDir('replace');
    const staging = makeStagingDir(join(makeTempDir('elsewhere'), 'site'), project);
    expect(dirname(staging)).toBe(join(project, '.astro'));
    expect(basename(staging)).toMatch(/^\.site\.building-\w{6}$/);
    expect(readdirSync(staging)).toEqual([]);
  });
});

describe('replaceOutput', () => {
  it('puts the new site in place of the old one and leaves nothing else behind', () => {
    const parent = makeTempDir('replace');
    const outDir = join(parent, 'dist');
    makeSite(outDir, 'old');
    writeFileSync(join(outDir, 'only-in-old.html'), 'gone');
    const staging = makeStagingDir(outDir, parent);
    expect(readdirSync(parent).sort()).toEqual(['.astro', 'dist']);
    makeSite(staging, 'new');
    replaceOutput(staging, outDir);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(readFileSync(join(outDir, 'briefs/a.html'), 'utf8')).toBe('new a');
    expect(existsSync(join(outDir, 'only-in-old.html'))).toBe(false);
    expect(readdirSync(parent).sort()).toEqual(['.astro', 'dist']);
    expect(readdirSync(join(parent, '.astro'))).toEqual([]);
  });

  it('creates the output folder when there was none', () => {
    const project = makeTempDir('project');
    const parent = join(makeTempDir('replace'), 'new', 'folder');
    const outDir = join(parent, 'site');
    const staging = makeStagingDir(outDir, project);
    makeSite(staging, 'first');
    replaceOutput(staging, outDir);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('first');
    expect(readdirSync(parent)).toEqual(['site']);
  });

  it('moves a site staged in another folder, and leaves neither folder anything else', () => {
    const project = makeTempDir('project');
    const parent = makeTempDir('replace');
    const outDir = join(parent, 'dist');
    makeSite(outDir, 'old');
    const staging = makeStagingDir(outDir, project);
    makeSite(staging, 'new');
    replaceOutput(staging, outDir);
    expect(readFileSync(join(outDir, 'briefs/a.html'), 'utf8')).toBe('new a');
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(readdirSync(join(project, '.astro'))).toEqual([]);
  });

  it.skipIf(!OTHER_FS)(
    'copies a site staged on another file system beside the output, then renames it',
    () => {
      const project = makeTempDir('project');
      const parent = mkdtempSync(join(OTHER_FS ?? '', 'footnoted-replace-'));
      const outDir = join(parent, 'dist');
      makeSite(outDir, 'old');
      const staging = makeStagingDir(outDir, project);
      makeSite(staging, 'new');
      replaceOutput(staging, outDir);
      expect(readFileSync(join(outDir, 'briefs/a.html'), 'utf8')).toBe('new a');
      expect(readdirSync(parent)).toEqual(['dist']);
      expect(readdirSync(join(project, '.astro'))).toEqual([]);
      discardStaging(parent);
    },
  );

  it('puts the old site back when the new one cannot be moved in', () => {
    const parent = makeTempDir('replace');
    const outDir = join(parent, 'dist');
    makeSite(outDir, 'old');
    const missing = join(parent, '.dist.building-gone');
    expect(() => replaceOutput(missing, outDir)).toThrow(/ENOENT/);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});

describe('discardStaging', () => {
  it('deletes the staging folder and everything in it', () => {
    const project = makeTempDir('replace');
    const staging = makeStagingDir(join(project, 'dist'), project);
    makeSite(staging, 'half');
    discardStaging(staging);
    expect(readdirSync(join(project, '.astro'))).toEqual([]);
  });
});
