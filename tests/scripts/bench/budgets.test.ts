import { describe, expect, it } from 'vitest';
import { checkBudgets, describeDistanceFromOne, type CorpusResult } from '../../../scripts/bench/budgets.ts';
import type { PageWeight } from '../../../scripts/bench/measure-page-weight.ts';

const GIB = 2 ** 30;
const measure = (seconds: number, peakRssBytes = GIB) => ({
  seconds,
  cpuSeconds: seconds / 2,
  peakRssBytes,
  outputBytes: 0,
});

function createResult(briefs: number, overrides: Partial<CorpusResult> = {}): CorpusResult {
  return {
    briefs,
    // CPU 20 s, not measure's 15 s: the CPU ratios must come from CPU times.
    cold: { ...measure(30), cpuSeconds: 20 },
    coldWithoutCitations: measure(25),
    warmAfterEdit: measure(12),
    plainAstro: measure(12),
    eleventy: measure(4),
    hugo: undefined,
    pipelineMsPerBrief: { withCitations: 5, withoutCitations: 4 },
    ...overrides,
  };
}

const page: PageWeight = {
  htmlBytes: 0,
  htmlGzipBytes: 20_000,
  cssBytes: 0,
  cssGzipBytes: 12_000,
  jsBytes: 0,
  requests: 3,
};

const verdictsOf = (results: CorpusResult[], weight = page) =>
  checkBudgets(results, weight).map(({ budget, measured, pass }) => [budget, measured, pass]);

describe('budgets', () => {
  it('judges each time ratio, peak memory and the page against the issue 16 table', () => {
    expect(verdictsOf([createResult(1000)])).toEqual([
      ["1000: cold build / plain Astro's ≤ 2×", '2.50× (1.50 above 1.0; CPU 3.33×)', false],
      ['1000: cold build / FOOTNOTED_CITATIONS=off ≤ 1.15×', '1.20× (CPU 1.60×)', false],
      ['1000: warm rebuild after editing one brief / cold ≤ 0.3×', '0.40× (CPU 0.30×)', false],
      ['1000: peak memory ≤ 1.50 GiB', '1.00 GiB', true],
      ['first brief page: HTML + CSS gzip ≤ 30 KB', '31.3 KB', false],
      ['first brief page: JavaScript ≤ 0 bytes', '0 bytes', true],
    ]);
  });

  it('says on which side of 1.0 the cold build / plain Astro ratio is', () => {
    expect(describeDistanceFromOne(1.31)).toBe('0.31 above 1.0');
    expect(describeDistanceFromOne(0.31)).toBe('0.69 below 1.0');
    expect(describeDistanceFromOne(1)).toBe('0.00 above 1.0');
  });

  it('passes ratios at their limits and a page within budget', () => {
    const result = createResult(1000, {
      cold: measure(23, 1.5 * GIB),
      coldWithoutCitations: measure(20),
      warmAfterEdit: measure(6.9),
      plainAstro: measure(11.5),
    });
    const light = { ...page, htmlGzipBytes: 10_000, cssGzipBytes: 20_720 };
    expect(checkBudgets([result], light).every(({ pass }) => pass)).toBe(true);
  });

  it("holds peak memory to plain Astro's from 10000 briefs on", () => {
    const result = createResult(10000, { cold: measure(300, 4 * GIB), plainAstro: measure(150, 3 * GIB) });
    expect(verdictsOf([result])[3]).toEqual([
      "10000: peak memory ≤ plain Astro's",
      '4.00 GiB (plain Astro 3.00 GiB)',
      false,
    ]);
  });

  it('leaves corpora under 1000 briefs unjudged: start-up would dominate their ratios', () => {
    expect(verdictsOf([createResult(100)]).map(([budget]) => budget)).toEqual([
      'first brief page: HTML + CSS gzip ≤ 30 KB',
      'first brief page: JavaScript ≤ 0 bytes',
    ]);
  });
});
