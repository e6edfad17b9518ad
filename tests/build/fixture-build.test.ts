import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAstroBuild, PROJECT_ROOT, type BuildResult } from '../helpers/astro-build.ts';
import { getText, readBuiltPage } from '../helpers/read-html.ts';

const FIXTURE_BRIEFS = join(PROJECT_ROOT, 'tests/fixtures/briefs-basic');

describe('a build of a fixture briefs folder through BRIEFS_DIR into another output folder', () => {
  let build: BuildResult;

  beforeAll(async () => {
    build = await runAstroBuild({ briefsDir: FIXTURE_BRIEFS });
  });

  it('succeeds', () => {
    expect(build.output).not.toMatch(/error:/);
    expect(build.code).toBe(0);
  });

  it('lists published briefs on the home page, newest first, with date, summary and source count', () => {
    const home = getText(readBuiltPage(build.outDir, ''));
    const order = ['The newer brief', 'A pasted brief', 'A brief in a subfolder', 'The older brief'].map(
      (t) => home.indexOf(t),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // With the body's typography, as every title and summary (src/lib/typography.ts).
    expect(home).toContain('An editor’s own summary of the older brief.');
    expect(home).toContain('2 March 2026 · 2 sources');
    expect(home).toContain('10 January 2026 · 1 source ');
  });

  it('counts sources given as link definitions, and lists them under the brief', () => {
    expect(getText(readBuiltPage(build.outDir, ''))).toContain('15 February 2026 · 2 sources');
    const page = readBuiltPage(build.outDir, 'briefs/2026-02-15-pasted-brief/');
    expect(page).toContain('href="https://example.org/pasted-two" rel="noopener noreferrer"');
    expect(getText(page)).toContain('The second pasted source');
  });

  it('uses the first sentence, without its citations, where a brief has no summary', () => {
    const home = getText(readBuiltPage(build.outDir, ''));
    expect(home).toContain('La première phrase du brief le plus récent.');
    expect(home).not.toContain('Une deuxième phrase suit');
  });

  it('writes each brief at /briefs/<id>/, subfolders kept and names lowercased', () => {
    expect(getText(readBuiltPage(build.outDir, 'briefs/2026-01-10-older-brief/'))).toContain(
      // Smartypants makes the apostrophe typographic.
      'The older brief’s body text mentions a harbour',
    );
    expect(getText(readBuiltPage(build.outDir, 'briefs/sub/nested-brief/'))).toContain(
      'Subfolders keep their path in the address',
    );
  });

  it("sets the page's language, title and description from the brief", () => {
    const page = readBuiltPage(build.outDir, 'briefs/2026-03-02-newer-brief/');
    expect(page).toMatch(/<html lang="fr"/);
    expect(page).toContain('<title>The newer brief · Footnoted</title>');
    expect(page).toContain('<meta name="description" content="La première phrase du brief le plus récent.">');
  });

  it('never publishes a draft', () => {
    expect(existsSync(join(build.outDir, 'briefs/2026-04-01-unfinished-draft'))).toBe(false);
    expect(getText(readBuiltPage(build.outDir, ''))).not.toContain('An unfinished draft');
  });

  it('writes a 404 page with the shared layout', () => {
    const notFound = readBuiltPage(build.outDir, '404.html');
    expect(getText(notFound)).toContain('Page not found');
    expect(notFound).toContain('<link rel="icon" href="/favicon.svg"');
    expect(notFound).toMatch(/<footer/);
  });
});
