import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { SourcingReport } from '../../../scripts/report/sourcing-report.ts';
import { PROJECT_ROOT } from '../../helpers/astro-build.ts';

function report(briefsDir: string, args: string[] = []) {
  return spawnSync('npm', ['run', '--silent', 'report', '--', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, BRIEFS_DIR: briefsDir },
    encoding: 'utf8',
  });
}

describe('npm run report', () => {
  it('reports the first brief: every sentence cited, two on one source, two from one outlet (AFP)', () => {
    const result = report('content/briefs', ['--json']);
    const parsed = JSON.parse(result.stdout) as SourcingReport;
    const { sources, ...totals } = parsed.site;
    expect(totals).toEqual({
      briefs: 1,
      sentences: 14,
      cited: 14,
      uncited: 0,
      singleSource: 2,
      singleOutlet: 2,
    });
    expect(sources.map((source) => source.claims)).toEqual([12, 11, 11, 10, 3]);
    expect(parsed.briefs[0]?.singleOutlet.map((claim) => [claim.line, claim.column, claim.outlet])).toEqual([
      [50, 1, 'AFP'],
      [50, 227, 'AFP'],
    ]);
    expect(result.status).toBe(0);
  });

  it('prints text by default, ending with the whole site', () => {
    const result = report('tests/fixtures/briefs-report');
    expect(result.stdout).toContain(
      'tests/fixtures/briefs-report/2026-05-20-harbour-strike.md:23:1: uncited: The port authority gave no figures.',
    );
    expect(result.stdout).toContain('Whole site: 2 briefs, 8 sentences: 6 cited, 2 uncited');
    expect(result.status).toBe(0);
  });

  it('leaves out briefs with invalid frontmatter, says why on standard error, and exits 1', () => {
    const result = report('tests/fixtures/briefs-invalid', ['--json']);
    expect(result.stderr).toContain(
      'tests/fixtures/briefs-invalid/missing-title.md:2:1: error: "title" is missing: every brief needs one',
    );
    expect(result.stderr).toContain('Briefs with these problems are left out of the report.');
    expect((JSON.parse(result.stdout) as SourcingReport).briefs.map((brief) => brief.file)).not.toContain(
      'tests/fixtures/briefs-invalid/missing-title.md',
    );
    expect(result.status).toBe(1);
  });
});
