import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { makeTempDir, PROJECT_ROOT, runAstroBuild } from '../helpers/astro-build.ts';
import { getText, readBuiltPage } from '../helpers/read-html.ts';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/briefs-dead-source');
const PAGE = 'briefs/2026-06-03-harbour-museum/';
const ARCHIVE = 'https://web.archive.org/web/20260603000000/https://harbour-herald.example/museum';

describe('a build over briefs whose lock file records a dead source', () => {
  it('warns about the uncited quote, marks the dead source, and marks another after the lock changes, warm', async () => {
    const briefsDir = makeTempDir('briefs-dead');
    cpSync(FIXTURE, briefsDir, { recursive: true });
    const cacheDir = makeTempDir('cache');

    const cold = await runAstroBuild({ briefsDir, cacheDir });
    expect(cold.output).toMatch(
      /2026-06-03-harbour-museum\.md:16:44: warning: the quote “worth the wait” has no citation: add the number of the source it comes from to its sentence/,
    );
    expect(cold.code).toBe(0);
    const page = readBuiltPage(cold.outDir, PAGE);
    expect(page).toContain(
      `<small class="source-status">(no longer online; <a href="${ARCHIVE}" rel="noopener noreferrer">archived copy</a>)</small>`,
    );
    expect(getText(page).match(/no longer online/g)).toHaveLength(1);
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    const report = await validator.validateString(page, PAGE);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);

    // The lock file is part of the config: when it changes, a warm build renders the briefs again.
    const lockPath = join(briefsDir, 'sources.lock.json');
    writeFileSync(lockPath, readFileSync(lockPath, 'utf8').replace('"state": "live"', '"state": "dead"'));
    const warm = await runAstroBuild({ briefsDir, cacheDir });
    expect(warm.code).toBe(0);
    const warmPage = readBuiltPage(warm.outDir, PAGE);
    expect(getText(warmPage).match(/no longer online/g)).toHaveLength(2);
    expect(warmPage).toContain('<small class="source-status">(no longer online)</small>');
  });
});
