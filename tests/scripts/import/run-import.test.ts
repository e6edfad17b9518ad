import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runImport, type ImportIo } from '../../../scripts/import/run-import.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
const folder = mkdtempSync(join(tmpdir(), 'footnoted-import-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const PASTED = `# Ports reopen after the strike

The harbour reopened on Tuesday [1][2]. Ships left [4].

Sources:
[1] Harbour News — “Ports reopen” (paywalled)。https://harbour.example/ports-reopen
[2] https://www.reuters.com/world/ships-leave-harbour/
[3] https://wire.example/unused
`;

async function run(argv: string[], files: Record<string, string> = {}, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: ImportIo = {
    argv,
    cwd: folder,
    env: { BRIEFS_DIR: 'briefs' },
    now: new Date('2026-05-19T23:30:00Z'),
    readText: (file) => (file === '-' ? stdin : (files[file] ?? readFileSync(join(folder, file), 'utf8'))),
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    fetchSettings: {
      fetch: globalThis.fetch,
      userAgent: 't',
      timeoutMs: 100,
      totalMs: 100,
      maxBytes: 1,
      concurrency: 1,
    },
  };
  const code = await runImport(io);
  return { code, out, err };
}

describe('npm run import', () => {
  it('writes a draft at BRIEFS_DIR/<date>-<slug>.md, prints its path first and a summary on stderr', async () => {
    const result = await run(['pasted.md'], { 'pasted.md': PASTED });
    expect(result).toEqual({
      code: 0,
      out: ['briefs/2026-05-19-ports-reopen-after-the-strike.md'],
      err: [
        'sources found: 3',
        'cited: 1, 2, 4',
        'never cited: 3',
        'guessed from the address (check them): 2 title, 2 publisher, 3 title, 3 publisher',
        'need sources (placeholders): 4',
      ],
    });
    expect(readFileSync(join(folder, result.out[0] ?? ''), 'utf8')).toBe(`---
title: Ports reopen after the strike
date: 2026-05-19
draft: true # imported: check every source, then remove this line to publish
sources:
  - title: Ports reopen
    publisher: Harbour News
    url: https://harbour.example/ports-reopen
  - title: Ships leave harbour
    publisher: Reuters
    url: https://www.reuters.com/world/ships-leave-harbour/
  - title: Unused
    publisher: Wire
    url: https://wire.example/unused
  - title: Title of the source
    publisher: Who published it
    url: https://example.com/replace-me
---

The harbour reopened on Tuesday [1][2]. Ships left [4].
`);
  });

  it('never overwrites a brief: exit 1 and a message', async () => {
    const result = await run(['pasted.md'], { 'pasted.md': PASTED });
    expect(result.code).toBe(1);
    expect(result.out).toEqual([]);
    expect(result.err).toEqual([
      'import: briefs/2026-05-19-ports-reopen-after-the-strike.md already exists: nothing was written (give another --title or --date, or move that file)',
    ]);
  });

  it('reads standard input for -, and takes --title and --date', async () => {
    const result = await run(
      ['-', '--title', 'Talks: round two', '--date', '2026-06-01'],
      {},
      'Talks resumed [1].',
    );
    expect(result.code).toBe(0);
    expect(result.out).toEqual(['briefs/2026-06-01-talks-round-two.md']);
    expect(result.err).toContain('need sources (placeholders): 1');
    expect(readFileSync(join(folder, 'briefs/2026-06-01-talks-round-two.md'), 'utf8')).toContain(
      'title: "Talks: round two"',
    );
  });

  it('stops and asks for --title when the text has no heading', async () => {
    const result = await run(['-'], {}, 'No heading here [1].');
    expect(result).toEqual({
      code: 1,
      out: [],
      err: ['import: the text has no heading to take the headline from: give one with --title "Headline"'],
    });
  });

  it('refuses a date that is not YYYY-MM-DD, and a missing file', async () => {
    expect((await run(['-', '--date', '2026-02-30'])).err[0]).toBe(
      'import: --date 2026-02-30 is not a date: write it as YYYY-MM-DD\nUsage: npm run import -- FILE|- [--title "Headline"] [--date YYYY-MM-DD] [--fetch]',
    );
    const missing = await run(['nowhere.md']);
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toMatch(/^import: cannot read nowhere\.md: ENOENT/);
  });

  it('runs as a script with Node, reading standard input', () => {
    const child = spawnSync(process.execPath, ['scripts/import.ts', '-', '--date', '2026-05-19'], {
      cwd: PROJECT_ROOT,
      input: '# Spawned brief\n\nText [1].\n\n[1]: https://a.example/story "A story"\n',
      env: { ...process.env, BRIEFS_DIR: join(folder, 'spawned') },
      encoding: 'utf8',
    });
    expect(child.status).toBe(0);
    expect(child.stdout).toBe(`${join(folder, 'spawned', '2026-05-19-spawned-brief.md')}\n`);
    expect(child.stderr).toContain('sources found: 1\n');
  });
});
