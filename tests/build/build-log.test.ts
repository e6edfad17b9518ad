// What `npm run build` prints when briefs have errors: the problem lines, the count and one closing line, as an
// editor's mistake reads, never as a crash of the tool (no stack, no hook banner, no staging chunk).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_STOPPED_LINE } from '../../src/lib/content-errors.ts';
import { PROJECT_ROOT, runAstroBuild } from '../helpers/astro-build.ts';

const fixture = (name: string) => join(PROJECT_ROOT, 'tests/fixtures', name);
const BROKEN_LINES = readFileSync(join(fixture('briefs-broken'), 'expected-messages.txt'), 'utf8')
  .trim()
  .split('\n');
const CITATION_ERROR =
  'tests/fixtures/briefs-citation-error/unknown-source.md:13:65: error: [3] cites source 3, but this brief lists 2 sources';

/** The signs of a crash report: a stack frame, Astro's error location, its hook banner, a staging chunk. */
const CRASH_SIGNS = [/^ {4}at /m, /Location:/, /unhandled/i, /Stack trace/, /\.prerender\/chunks/];

/** The output's lines without npm's own (`> footnoted@… build`, `> node …`) and blank ones. */
function getOwnLines(output: string): string[] {
  return output.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('> '));
}

describe('npm run build on briefs with errors', () => {
  it('stopped by the frontmatter check, prints exactly the problem lines, the count and the closing line', async () => {
    const build = await runAstroBuild({ briefsDir: fixture('briefs-broken') });
    expect(getOwnLines(build.output)).toEqual([...BROKEN_LINES, BUILD_STOPPED_LINE]);
    for (const sign of CRASH_SIGNS) expect(build.output).not.toMatch(sign);
    expect(build.code).toBe(1);
  });

  it('stopped by a citation error while rendering, ends with the problem line, the count and the closing line', async () => {
    const build = await runAstroBuild({ briefsDir: fixture('briefs-citation-error') });
    expect(getOwnLines(build.output).slice(-3)).toEqual([
      CITATION_ERROR,
      '1 error, 0 warnings in 2 briefs',
      BUILD_STOPPED_LINE,
    ]);
    for (const sign of CRASH_SIGNS) expect(build.output).not.toMatch(sign);
    expect(build.code).toBe(1);
  });
});
