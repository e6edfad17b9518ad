import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readDeadSourceUrls,
  readSourcesLock,
  serialiseSourcesLock,
  writeSourcesLock,
  type LockEntry,
  type SourcesLock,
} from '../../src/lib/sources-lock.ts';
import { makeTempDir } from '../helpers/astro-build.ts';

const LIVE: LockEntry = {
  state: 'live',
  status: 200,
  finalUrl: 'https://b.example/',
  fingerprint: 'sha256:b',
  recorded: '2026-05-20',
};
const DEAD: LockEntry = {
  recorded: null,
  fingerprint: null,
  finalUrl: null,
  error: 'no answer within 15 s',
  status: null,
  state: 'dead',
};
const LOCK: SourcesLock = { sources: { 'https://b.example/': LIVE, 'https://a.example/': DEAD } };

describe('the lock file', () => {
  it('is written sorted by URL, fields in a fixed order, with a note and a final newline', () => {
    expect(serialiseSourcesLock(LOCK)).toBe(
      [
        '{',
        '  "note": "Written by `npm run check:sources`: what each source showed when it was checked. Commit it.",',
        '  "sources": {',
        '    "https://a.example/": {',
        '      "state": "dead",',
        '      "status": null,',
        '      "error": "no answer within 15 s",',
        '      "finalUrl": null,',
        '      "fingerprint": null,',
        '      "recorded": null',
        '    },',
        '    "https://b.example/": {',
        '      "state": "live",',
        '      "status": 200,',
        '      "finalUrl": "https://b.example/",',
        '      "fingerprint": "sha256:b",',
        '      "recorded": "2026-05-20"',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('reads back what it wrote, and is only rewritten when its text changes', () => {
    const folder = makeTempDir('lock');
    expect(readSourcesLock(folder)).toEqual({ sources: {} });
    expect(writeSourcesLock(folder, LOCK)).toBe(true);
    expect(writeSourcesLock(folder, LOCK)).toBe(false);
    expect(readSourcesLock(folder).sources['https://b.example/']).toEqual(LIVE);
    expect(readDeadSourceUrls(folder)).toEqual(['https://a.example/']);
  });

  it('says plainly when the file is not a lock file', () => {
    const folder = makeTempDir('lock');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'sources.lock.json'), '<<<<<<< HEAD\n');
    expect(() => readSourcesLock(folder)).toThrow(
      /sources\.lock\.json is not a valid lock file \(.*\): run npm run check:sources to rewrite it/,
    );
    writeFileSync(join(folder, 'sources.lock.json'), '{"urls": []}');
    expect(() => readDeadSourceUrls(folder)).toThrow(/not a valid lock file \(it has no "sources"\)/);
    expect(readFileSync(join(folder, 'sources.lock.json'), 'utf8')).toBe('{"urls": []}');
  });

  it('finds no dead sources where there is no lock file', () => {
    expect(readDeadSourceUrls(makeTempDir('lock'))).toEqual([]);
  });
});
