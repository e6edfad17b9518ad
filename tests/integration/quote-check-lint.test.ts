import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/astro-build.ts';

const WARNING =
  'tests/fixtures/briefs-dead-source/2026-06-03-harbour-museum.md:16:44: warning: the quote “worth the wait” has no ' +
  'citation: add the number of the source it comes from to its sentence';

function lintBriefs(env: Record<string, string> = {}) {
  return spawnSync('npm', ['run', '--silent', 'lint:briefs'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, BRIEFS_DIR: 'tests/fixtures/briefs-dead-source', ...env },
    encoding: 'utf8',
  });
}

describe('npm run lint:briefs and an uncited quote', () => {
  it('prints a warning at the opening quote mark, with the quoted words, and passes', () => {
    const result = lintBriefs();
    expect(result.stdout).toBe(`${WARNING}\n0 errors, 1 warning in 1 brief\n`);
    expect(result.status).toBe(0);
  });

  it('fails under FOOTNOTED_STRICT=1, where the warning is an error', () => {
    const result = lintBriefs({ FOOTNOTED_STRICT: '1' });
    expect(result.stdout).toBe(
      `${WARNING.replace(': warning: ', ': error: ')}\n1 error, 0 warnings in 1 brief\n`,
    );
    expect(result.status).toBe(1);
  });
});
