import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkBudgets, type CorpusResult } from '../../scripts/bench/budgets.ts';
import { toEleventyPage, toFootnotes } from '../../scripts/bench/eleventy-baseline.ts';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { measurePageWeight } from '../../scripts/bench/measure-page-weight.ts';
import { splitBriefFile } from '../../src/lib/checks/brief-file.ts';
import { checkFrontmatter } from '../../src/lib/checks/check-frontmatter.ts';
import { makeTempDir } from '../helpers/astro-build.ts';

const readCorpus = (folder: string) =>
  readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8'));

describe('the benchmark corpus', () => {
  it('is the same for the same seed, and valid briefs with 10 groups of every syntax', () => {
    const first = readCorpus(generateCorpus(makeTempDir('corpus'), 20));
    expect(readCorpus(generateCorpus(makeTempDir('corpus'), 20))).toEqual(first);
    for (const brief of first) {
      expect(checkFrontmatter('x.md', splitBriefFile(brief))).toEqual([]);
      expect(brief.match(/\[[\d,\s–—-]+\]/g)).toHaveLength(10);
    }
    const all = first.join('\n');
    for (const syntax of ['[1, 2, 3]', '[1–5]', '[1-3]', '[2—4]', '[ 1 ,2 ]', '[1, 3–5]'])
      expect(all).toContain(syntax);
    const words = first[0]?.split('---')[2]?.split(/\s+/).length ?? 0;
    expect(words).toBeGreaterThan(500);
  });
});

describe('the Eleventy comparison', () => {
  it('turns each cited number into its own footnote reference', () => {
    expect(toFootnotes('[1, 3–4]')).toBe('[^1][^3][^4]');
    expect(toFootnotes('[ 2 ]')).toBe('[^2]');
  });

  it('keeps the text and turns the sources into footnote definitions', () => {
    const page = toEleventyPage(
      '---\ntitle: T\ndate: 2026-05-19\nsources:\n  - title: A\n    publisher: P\n    url: https://a.example\n---\n\nText [1].\n',
    );
    expect(page).toBe(
      '---\ntitle: "T"\nlayout: brief.njk\n---\n\nText [^1].\n\n[^1]: [A](https://a.example)\n',
    );
  });
});

describe('page weight', () => {
  it('counts the page, its stylesheets and scripts, raw and gzipped, and its requests', () => {
    const outDir = makeTempDir('weight');
    mkdirSync(join(outDir, '_astro'));
    const css = 'body{color:red}'.repeat(50);
    writeFileSync(join(outDir, '_astro/site.css'), css);
    writeFileSync(join(outDir, '_astro/app.js'), 'console.log(1)');
    const html =
      '<link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg">' +
      '<link rel="canonical" href="/x/"><script type="application/ld+json">{}</script>' +
      '<script type="module" src="/_astro/app.js"></script><script>let a = 1;</script>';
    writeFileSync(join(outDir, 'index.html'), html);
    expect(measurePageWeight(outDir, 'index.html')).toEqual({
      htmlBytes: html.length,
      htmlGzipBytes: gzipSync(html).length,
      cssBytes: css.length,
      cssGzipBytes: gzipSync(css).length,
      jsBytes: 'console.log(1)'.length + 'let a = 1;'.length,
      requests: 4,
    });
  });
});

describe('budgets', () => {
  const measure = (seconds: number, peakRssBytes = 2 ** 30) => ({ seconds, peakRssBytes, outputBytes: 0 });
  const result: CorpusResult = {
    briefs: 1000,
    cold: measure(10),
    coldWithoutCitations: measure(9),
    warmAfterEdit: measure(4),
    eleventy: measure(4),
    pipelineMsPerBrief: { withCitations: 5, withoutCitations: 4 },
  };
  const page = {
    htmlBytes: 0,
    htmlGzipBytes: 20_000,
    cssBytes: 0,
    cssGzipBytes: 12_000,
    jsBytes: 0,
    requests: 3,
  };

  it('pass or fail each budget on the measured ratios', () => {
    expect(checkBudgets([result], page).map(({ pass, measured }) => [measured, pass])).toEqual([
      ['1.11×', true],
      ['0.40×', false],
      ['1.00 GiB', true],
      ['2.50×', true],
      ['31.3 KB', false],
      ['0 bytes', true],
    ]);
  });
});
