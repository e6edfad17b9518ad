import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourcesLock } from '../../../src/lib/sources-lock.ts';
import { makeTempDir, PROJECT_ROOT } from '../../helpers/astro-build.ts';
import { startSourceServer, type SourceServer } from '../../helpers/source-server.ts';

/** Runs `npm run check:sources` over `briefsDir` with a short timeout and one retry. */
function checkSources(briefsDir: string, args: string[] = []) {
  const argv = ['run', '--silent', 'check:sources', '--', '--timeout', '0.5', '--retries', '1', ...args];
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn('npm', argv, { cwd: PROJECT_ROOT, env: { ...process.env, BRIEFS_DIR: briefsDir } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The fixture briefs, pointed at the test server's port, in a fresh folder. */
function copyBriefs(port: number): string {
  const folder = makeTempDir('briefs-sources');
  const fixtures = join(PROJECT_ROOT, 'tests/fixtures/briefs-sources');
  cpSync(fixtures, folder, { recursive: true });
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('127.0.0.1:PORT', `127.0.0.1:${port}`));
  }
  return folder;
}

let server: SourceServer;
let briefsDir: string;
let origin: string;
const lockPath = () => join(briefsDir, 'sources.lock.json');
const readLock = () => JSON.parse(readFileSync(lockPath(), 'utf8')) as SourcesLock;

beforeAll(async () => {
  server = await startSourceServer({ slowMs: 4000 });
  origin = server.origin;
  briefsDir = copyBriefs(Number(new URL(origin).port));
});
afterAll(() => server.close());

// The runs build on each other, in order: record, check again after a change, accept it, then go offline.
describe('npm run check:sources against a local server', () => {
  it('records every source, reports the dead ones with the claims that cite them, and exits 1', async () => {
    const run = await checkSources(briefsDir);
    const lines = run.stdout.split('\n');
    expect(lines).toContain(`dead: ${origin}/gone: 410 Gone`);
    expect(lines).toContain(`dead: ${origin}/missing: 404 Not Found`);
    expect(lines).toContain(`dead: ${origin}/slow: no answer within 0.5 s`);
    const missing = lines.indexOf(`dead: ${origin}/missing: 404 Not Found`);
    expect(lines[missing + 1]).toMatch(
      /^ {2}cited in .*2026-06-01-port-reopens\.md:22:38: The harbour master said it was “open for business”\.$/,
    );
    expect(lines).toContain(
      `could not verify: ${origin}/forbidden: 403 Forbidden: the site refused the checker; open it in a browser`,
    );
    expect(lines).toContain(
      '9 sources: 0 live, 5 recorded for the first time, 0 changed, 3 dead, 1 could not be verified',
    );
    expect(run.code).toBe(1);
    expect(
      server.requests.every((request) => request.userAgent.startsWith('FootnotedSourceCheck/0.1.0 (+')),
    ).toBe(true);
  });

  it('writes a sorted lock file: states, statuses, final URLs and fingerprints', () => {
    const { sources } = readLock();
    expect(Object.keys(sources)).toEqual(
      ['boilerplate', 'changing', 'flaky', 'forbidden', 'gone', 'live', 'missing', 'moved', 'slow'].map(
        (path) => `${origin}/${path}`,
      ),
    );
    const summary = Object.fromEntries(
      Object.entries(sources).map(([url, e]) => [
        url.slice(origin.length),
        [e.state, e.status, e.finalUrl?.slice(origin.length) ?? null],
      ]),
    );
    expect(summary).toEqual({
      '/boilerplate': ['live', 200, '/boilerplate'],
      '/changing': ['live', 200, '/changing'],
      '/flaky': ['live', 200, '/flaky'],
      '/forbidden': ['unverified', 403, null],
      '/gone': ['dead', 410, null],
      '/live': ['live', 200, '/live'],
      '/missing': ['dead', 404, null],
      '/moved': ['live', 200, '/live'],
      '/slow': ['dead', null, null],
    });
    expect(sources[`${origin}/moved`]?.fingerprint).toBe(sources[`${origin}/live`]?.fingerprint);
    expect(sources[`${origin}/live`]?.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(sources[`${origin}/slow`]?.error).toBe('no answer within 0.5 s');
  });

  it('reports a changed main text on the next run, not a changed menu, and leaves the lock as it was', async () => {
    const before = readFileSync(lockPath(), 'utf8');
    server.state.version = 2;
    const run = await checkSources(briefsDir);
    expect(run.stdout).toMatch(
      new RegExp(
        `\\nchanged: ${origin}/changing: its main text changed since it was recorded on \\d{4}-\\d{2}-\\d{2}\\n`,
      ),
    );
    expect(run.stdout).toContain('  cited in ');
    expect(run.stdout).toContain('2026-06-01-port-reopens.md:24:1: A live blog followed the day.');
    expect(run.stdout).not.toContain(`${origin}/boilerplate:`);
    expect(run.stdout).toContain('9 sources: 4 live, 0 recorded for the first time, 1 changed, 3 dead');
    expect(run.stdout).toContain('Unchanged: ');
    expect(readFileSync(lockPath(), 'utf8')).toBe(before);
  });

  it('records the new text with --update', async () => {
    const before = readLock().sources[`${origin}/changing`]?.fingerprint;
    const run = await checkSources(briefsDir, ['--update']);
    expect(run.stdout).toContain(
      `changed: ${origin}/changing: its main text changed since it was recorded on `,
    );
    expect(run.stdout).toContain('; recorded again');
    expect(readLock().sources[`${origin}/changing`]?.fingerprint).not.toBe(before);
    const again = await checkSources(briefsDir);
    expect(again.stdout).not.toContain('\nchanged: ');
    expect(again.stdout).toContain('9 sources: 5 live, 0 recorded for the first time, 0 changed, 3 dead');
  });

  it('says so and changes nothing when no source can be reached at all', async () => {
    const before = readFileSync(lockPath(), 'utf8');
    await server.close();
    const run = await checkSources(briefsDir);
    expect(run.stdout).toContain(
      'Could not reach any of the 9 sources: no answer at all, so this machine is most likely offline. ' +
        'Nothing was checked and the lock file was left as it was.',
    );
    expect(run.code).toBe(2);
    expect(readFileSync(lockPath(), 'utf8')).toBe(before);
  });
});
