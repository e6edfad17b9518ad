import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runAstroBuild, type BuildResult } from '../helpers/astro-build.ts';
import { getText, readBuiltPage } from '../helpers/read-html.ts';

const PAGE = 'briefs/2026-05-19-us-china-ai-dialogue/';
const BRIEF_FILE = join(PROJECT_ROOT, 'content/briefs/2026-05-19-us-china-ai-dialogue.md');

/** The brief's paragraphs as written, without frontmatter, citation groups or quote styles. */
function getWrittenParagraphs(): string[] {
  const body = readFileSync(BRIEF_FILE, 'utf8').split(/^---$/m)[2] ?? '';
  return body
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => normalise(paragraph.replace(/\s*\[[\d,\s–-]+\]/g, '')));
}

/** Straight and typographic quotes compare equal: smartypants curls the straight ones. */
function normalise(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
}

describe('the shipped first brief, built with the default settings', () => {
  let build: BuildResult;

  beforeAll(async () => {
    build = await runAstroBuild({});
  });

  it('builds without errors or warnings about briefs', () => {
    expect(build.output).not.toMatch(/: (error|warning): /);
    expect(build.code).toBe(0);
  });

  it('publishes its text word for word', () => {
    const withoutCitations = readBuiltPage(build.outDir, PAGE).replace(
      /\s*<sup class="source-refs"[\s\S]*?<\/sup>/g,
      '',
    );
    const pageText = normalise(getText(withoutCitations));
    const paragraphs = getWrittenParagraphs();
    expect(paragraphs).toHaveLength(8);
    for (const paragraph of paragraphs) expect(pageText).toContain(paragraph);
  });

  it('credits the original publication and shows the editor’s note', () => {
    const page = readBuiltPage(build.outDir, PAGE);
    expect(getText(page)).toContain('First published by Rains News');
    expect(page).toContain(
      'href="https://rainsnews.com/en/cn/tech/china-and-us-agree-to-launch-intergovernmental-dialogue-on-artificial-intelligen-4448"',
    );
    expect(getText(page)).toContain('This brief was published without its list of sources.');
  });

  it('shows its reading time, worked out by the pipeline from its 560-odd words', () => {
    expect(getText(readBuiltPage(build.outDir, PAGE))).toContain('2 min read');
  });

  it('lists it on the home page with its date, first sentence and five sources', () => {
    const home = getText(readBuiltPage(build.outDir, ''));
    expect(home).toContain(
      'China and US agree to launch intergovernmental dialogue on artificial intelligence',
    );
    expect(home).toContain('19 May 2026 · 5 sources');
    expect(home).toContain('Chinese foreign ministry spokesman Guo Jiakun said on May 19.');
  });

  it('ships only the utilities the site’s code uses: words in the README, briefs or tests add no CSS', () => {
    // A Tailwind utility that only this test names. Tailwind made rules of every such word while it scanned the
    // whole project; src/styles/global.css now limits it to src/, where nothing names this one.
    const sentinel = 'decoration-wavy';
    const sources = readdirSync(join(PROJECT_ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((path) => /\.(astro|ts|css)$/.test(path))
      .map((path) => readFileSync(join(PROJECT_ROOT, 'src', path), 'utf8'));
    expect(sources.some((text) => text.includes(sentinel))).toBe(false);
    const assets = join(build.outDir, '_astro');
    const css = readdirSync(assets)
      .filter((name) => name.endsWith('.css'))
      .map((name) => readFileSync(join(assets, name), 'utf8'))
      .join('');
    expect(css).toContain('.prose');
    expect(css).not.toContain(`.${sentinel}`);
  });

  it('writes valid HTML: html-validate’s standard preset finds nothing', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    for (const page of [PAGE, '', '404.html']) {
      const report = await validator.validateString(readBuiltPage(build.outDir, page), page);
      const problems = report.results.flatMap((result) =>
        result.messages.map((m) => `${m.ruleId}: ${m.message}`),
      );
      expect(problems, page).toEqual([]);
    }
  });
});
