import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, PROJECT_ROOT, runAstroBuild } from '../helpers/astro-build.ts';

const fixture = (name: string) => join(PROJECT_ROOT, 'tests/fixtures', name);
const EXPECTED = readFileSync(join(fixture('briefs-invalid'), 'expected-messages.txt'), 'utf8');
const ERROR_LINE =
  'tests/fixtures/briefs-citation-error/unknown-source.md:13:65: error: [3] cites source 3, but this brief lists 2 sources';
const WARNING_LINE =
  'tests/fixtures/briefs-citation-warning/uncited-source.md:8:5: warning: source 2 (Example Wire) is never cited';

function lintBriefs(briefsDir: string, env: Record<string, string> = {}) {
  return spawnSync('npm', ['run', '--silent', 'lint:briefs'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, BRIEFS_DIR: briefsDir, ...env },
    encoding: 'utf8',
  });
}

describe('npm run lint:briefs', () => {
  it('prints every problem of every invalid brief, one line each, then the count, and exits 1', () => {
    const result = lintBriefs(fixture('briefs-invalid'));
    expect(result.stdout).toBe(EXPECTED);
    expect(result.status).toBe(1);
  });

  it('passes the shipped briefs with no problem at all, even in strict mode', () => {
    const result = lintBriefs('content/briefs', { FOOTNOTED_STRICT: '1' });
    expect(result.stdout).toBe('0 errors, 0 warnings in 1 brief\n');
    expect(result.status).toBe(0);
  });

  it('lets a warning pass, unless FOOTNOTED_STRICT=1 makes it an error', () => {
    expect(lintBriefs(fixture('briefs-citation-warning')).status).toBe(0);
    const strict = lintBriefs(fixture('briefs-citation-warning'), { FOOTNOTED_STRICT: '1' });
    expect(strict.stdout).toContain(WARNING_LINE.replace(': warning: ', ': error: '));
    expect(strict.status).toBe(1);
  });
});

describe('npm run build on briefs with problems', () => {
  it('prints the same lines as lint:briefs, frontmatter and citation problems together, and fails', async () => {
    const build = await runAstroBuild({ briefsDir: fixture('briefs-invalid') });
    for (const line of EXPECTED.trim().split('\n')) expect(build.output).toContain(line);
    expect(build.code).not.toBe(0);
  });

  it('fails on a citation error on a cold build and again on a warm build from the same cache', async () => {
    const cacheDir = makeTempDir('cache');
    for (const temperature of ['cold', 'warm']) {
      const outDir = makeTempDir('dist');
      const build = await runAstroBuild({ briefsDir: fixture('briefs-citation-error'), cacheDir, outDir });
      expect(build.output, temperature).toContain(ERROR_LINE);
      expect(build.code, temperature).not.toBe(0);
      expect(existsSync(join(outDir, 'briefs/unknown-source/index.html')), temperature).toBe(false);
    }
  });

  it('prints a warning and succeeds, or fails under FOOTNOTED_STRICT=1, warm builds included', async () => {
    const cacheDir = makeTempDir('cache');
    const lenient = await runAstroBuild({ briefsDir: fixture('briefs-citation-warning'), cacheDir });
    expect(lenient.output).toContain(WARNING_LINE);
    expect(lenient.code).toBe(0);
    const strict = await runAstroBuild({
      briefsDir: fixture('briefs-citation-warning'),
      cacheDir,
      env: { FOOTNOTED_STRICT: '1' },
    });
    expect(strict.output).toContain(WARNING_LINE.replace(': warning: ', ': error: '));
    expect(strict.code).not.toBe(0);
  });
});
