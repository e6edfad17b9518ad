import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createRandom } from '../../../scripts/bench/corpus-text.ts';
import { createBrief, generateCorpus, getBriefFileName } from '../../../scripts/bench/generate-corpus.ts';
import { splitBriefFile } from '../../../src/lib/checks/brief-file.ts';
import { checkFrontmatter } from '../../../src/lib/checks/check-frontmatter.ts';
import { makeTempDir } from '../../helpers/astro-build.ts';

const readCorpus = (folder: string) =>
  readdirSync(folder)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));

// 50 briefs, as the generator makes them from its default seed.
const random = createRandom(2026);
const briefs = Array.from({ length: 50 }, (_, index) => createBrief(index, random));
const bodies = briefs.map((brief) => splitBriefFile(brief).body);
const sources = briefs.map(
  (brief) =>
    (parseYaml(splitBriefFile(brief).frontmatter ?? '') as { sources: Record<string, string>[] }).sources,
);

describe('the benchmark corpus', () => {
  it('is the same for the same seed, and other for another', () => {
    const first = readCorpus(generateCorpus(makeTempDir('corpus'), 5));
    expect(readCorpus(generateCorpus(makeTempDir('corpus'), 5))).toEqual(first);
    expect(readCorpus(generateCorpus(makeTempDir('corpus'), 5, 7))).not.toEqual(first);
    expect(first.map(({ name }) => name)).toEqual([0, 1, 2, 3, 4].map(getBriefFileName));
    expect(first[0]?.text).toBe(briefs[0]);
  });

  it('names each file by its date and brief number', () => {
    expect([0, 539, 540, 10000].map(getBriefFileName)).toEqual([
      '2025-01-01-brief-00000.md',
      '2026-06-24-brief-00539.md',
      '2025-01-01-brief-00540.md',
      '2025-10-08-brief-10000.md',
    ]);
  });

  it('makes valid briefs of about 750 words', () => {
    for (const brief of briefs) expect(checkFrontmatter('x.md', splitBriefFile(brief))).toEqual([]);
    const words = bodies.map((body) => body.split(/\s+/).length);
    const mean = words.reduce((sum, n) => sum + n, 0) / words.length;
    expect(mean).toBeGreaterThan(700);
    expect(mean).toBeLessThan(800);
  });

  it('has headings, lists, a block quote, a quotation and links in every brief', () => {
    for (const body of bodies) {
      expect(body.match(/^#{2,3} /gm)).toHaveLength(3);
      expect(body.match(/^- /gm)).toHaveLength(4);
      expect(body.match(/^\d\. /gm)).toHaveLength(3);
      expect(body.match(/^> "/gm)).toHaveLength(1);
      expect(body.match(/\]\(https:\/\//g)).toHaveLength(2);
    }
  });

  it('cites 10 groups per brief, in every syntax the pipeline reads', () => {
    for (const body of bodies) expect(body.match(/\[[\d,\s–—-]+\]/g)).toHaveLength(10);
    const all = bodies.join('\n');
    for (const syntax of ['[1, 2, 3]', '[1–5]', '[1-3]', '[2—4]', '[ 1 ,2 ]', '[1, 3–5]', '[5]'])
      expect(all).toContain(syntax);
  });

  it('gives each brief 5 sources from 5 outlets, at least 20 outlets in all, every title unique', () => {
    for (const list of sources) {
      expect(list).toHaveLength(5);
      expect(new Set(list.map((source) => source.publisher)).size).toBe(5);
    }
    const all = sources.flat();
    expect(new Set(all.map((source) => source.publisher)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(all.map((source) => source.title)).size).toBe(all.length);
  });
});
