import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runAstroBuild, type BuildResult } from '../helpers/astro-build.ts';

// The corpus of broken briefs: frontmatter/ and files/ are caught before Astro renders anything,
// citations/ while it renders. Each brief has its exact lines in expected-messages.txt.
const CORPUS = join(PROJECT_ROOT, 'tests/fixtures/briefs-broken');
const EXPECTED = readFileSync(join(CORPUS, 'expected-messages.txt'), 'utf8');
const LINES = EXPECTED.trim().split('\n').slice(0, -1);
const CITATION_LINES = LINES.filter((line) => line.includes('/briefs-broken/citations/'));

// The expected lines hold warnings: whatever the caller's environment, warnings stay warnings here.
const LENIENT = { FOOTNOTED_STRICT: '' };

function listBriefs(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
}

describe('the corpus of broken briefs', () => {
  it('has at least 30 briefs that fail, and every brief has its own message', () => {
    const briefs = listBriefs(CORPUS);
    for (const brief of briefs) {
      expect(
        LINES.some((line) => line.startsWith(`tests/fixtures/briefs-broken/${brief}:`)),
        brief,
      ).toBe(true);
    }
    const failing = new Set(
      LINES.filter((line) => line.includes(': error: ')).map((line) => line.split(':')[0]),
    );
    expect(failing.size).toBeGreaterThanOrEqual(30);
    expect(EXPECTED.trim().split('\n').at(-1)).toBe(`45 errors, 4 warnings in ${briefs.length} briefs`);
  });

  it('gets exactly the expected lines from lint:briefs, which exits 1', () => {
    const result = spawnSync('npm', ['run', '--silent', 'lint:briefs'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, BRIEFS_DIR: CORPUS, ...LENIENT },
      encoding: 'utf8',
    });
    expect(result.stdout).toBe(EXPECTED);
    expect(result.status).toBe(1);
  });
});

describe('npm run build of the broken corpus', () => {
  let whole: BuildResult;
  let citations: BuildResult;

  beforeAll(async () => {
    // Two builds: one of everything (stopped before rendering, all lines printed), and one of the briefs
    // whose problems are found while rendering, which takes the other path to a failed build.
    [whole, citations] = await Promise.all([
      runAstroBuild({ briefsDir: CORPUS, env: LENIENT }),
      runAstroBuild({ briefsDir: join(CORPUS, 'citations'), env: LENIENT }),
    ]);
  });

  it('prints every line lint:briefs prints, the count too, and fails', () => {
    for (const line of EXPECTED.trim().split('\n')) expect(whole.output).toContain(line);
    expect(whole.code).not.toBe(0);
  });

  it('prints the same lines when the problems are found while rendering, and fails', () => {
    for (const line of CITATION_LINES) expect(citations.output).toContain(line);
    expect(citations.output).toContain('11 errors, 3 warnings in 12 briefs');
    expect(citations.code).not.toBe(0);
  });
});
