import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeBrief } from '../../../scripts/import/compose-brief.ts';
import { importPastedText } from '../../../scripts/import/import-pasted-text.ts';
import { checkBriefs } from '../../../src/lib/checks/check-briefs.ts';
import { createCitationChecker } from '../../../src/lib/checks/check-citations.ts';
import { createBriefProcessor, getPipelineSettings } from '../../../src/plugins/index.ts';
import { renderBriefText } from '../../helpers/render-brief.ts';

/** What a fixture's expected.json says (see tests/fixtures/pasted/README.md). */
interface Expected {
  title: string;
  titleOption?: string;
  sources: { number: number; url?: string; title?: string; publisher?: string; placeholder?: boolean }[];
  /** The numbers of each claim's cluster on the built page, in document order (`[1][2]` is one). */
  clusters: number[][];
  /** How many claims (sentences) the brief has. */
  claimCount: number;
}

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/pasted');
const cases = readdirSync(FIXTURES, { withFileTypes: true }).filter((entry) => entry.isDirectory());
const folder = mkdtempSync(join(tmpdir(), 'footnoted-pasted-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const processor = createBriefProcessor(getPipelineSettings('vancouver'), 'check');
const citationChecker = createCitationChecker(processor);

describe.each(cases.map((entry) => entry.name))('pasted text %s', (name) => {
  const input = readFileSync(join(FIXTURES, name, 'input.md'), 'utf8');
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
  const result = importPastedText(input, { title: expected.titleOption });

  it('keeps each source at its own number, with what the list gives, and placeholders at the gaps', () => {
    expect(result.title).toBe(expected.title);
    const actual = result.sources.map((source) => {
      if (source.placeholder) return { number: source.number, placeholder: true };
      const given = expected.sources.find((entry) => entry.number === source.number);
      const { url, title, publisher } = source.fields;
      return {
        number: source.number,
        url,
        ...(given?.title === undefined ? {} : { title }),
        ...(given?.publisher === undefined ? {} : { publisher }),
      };
    });
    expect(actual).toEqual(expected.sources);
  });

  it('once draft: true is removed, passes the checks with nothing worse than warnings, but its placeholders', async () => {
    const dir = join(folder, name);
    mkdirSync(dir);
    const brief = composeBrief({
      title: result.title ?? name,
      date: '2026-05-19',
      sources: result.sources,
      body: result.body,
    });
    writeFileSync(join(dir, '2026-05-19-imported.md'), brief.replace(/^draft: true.*\n/m, ''));
    const { diagnostics } = await checkBriefs(dir, { citationChecker });
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
    const placeholders = result.sources.filter((source) => source.placeholder).length;
    expect(errors.filter((message) => !message.includes('is still a placeholder'))).toEqual([]);
    expect(errors).toHaveLength(placeholders * 3);
  });

  it('renders one control per claim, naming its true coverage, and links every citation to its source', async () => {
    const brief = composeBrief({
      title: result.title ?? name,
      date: '2026-05-19',
      sources: result.sources,
      body: result.body,
    }).replace(/^draft: true.*\n/m, '');
    const { html, renderData } = await renderBriefText(brief);
    const clusters = [...html.matchAll(/<sup class="source-refs"[^>]*>(.*?)<\/sup>/g)].map(
      ([, inner = '']) => inner,
    );
    const numbers = clusters.map((inner) =>
      [...inner.matchAll(/href="#[^"]*source-(\d+)"/g)].map(([, n]) => Number(n)),
    );
    expect(numbers).toEqual(expected.clusters);
    expect(renderData?.claimCount).toBe(expected.claimCount);
    clusters.forEach((inner, index) => {
      const controls = [...inner.matchAll(/popovertarget="[^"]*" aria-label="([^"]*)"/g)];
      expect(controls).toHaveLength(1);
      const distinct = new Set(numbers[index]).size;
      expect(controls[0]?.[1]).toContain(`${distinct} of ${result.sources.length}`);
    });
    // Every citation's target is the entry of that source, at its own number.
    const targets = numbers.flat().map((sourceNumber) => `source-${sourceNumber}"`);
    for (const target of targets) expect(html).toMatch(new RegExp(`<li id="[^"]*${target}`));
  });
});
