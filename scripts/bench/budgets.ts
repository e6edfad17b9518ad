// The performance budgets of issue 16, judged on one benchmark run: every budget is a ratio of two builds
// measured in the same run (or an absolute size), so a busy machine slows both sides alike. Never a timed test.
import type { BuildMeasurement } from './measure-build.ts';
import type { PageWeight } from './measure-page-weight.ts';

const GIB = 2 ** 30;

/** The budgets, as issue 16's table gives them. */
export const BUDGETS = {
  /** Cold build / plain Astro's cold build. */
  plainAstroRatio: 2.0,
  /** Cold build / the same build with `FOOTNOTED_CITATIONS=off`. */
  citationStageRatio: 1.15,
  /** Warm rebuild after editing one brief / cold build. */
  warmRatio: 0.3,
  /** Peak memory of the whole build (process tree) below LARGE_CORPUS briefs; at or above, plain Astro's. */
  peakRssBytes: 1.5 * GIB,
  /** First brief page: HTML + CSS, gzipped. */
  pageGzipBytes: 30 * 1024,
  /** First brief page: JavaScript. */
  pageJsBytes: 0,
} as const;

/** Corpus sizes below this are not judged: Node's and Astro's start-up would dominate every ratio. */
export const SMALLEST_JUDGED_CORPUS = 1000;
/** From this size on, peak memory is held to plain Astro's instead of a fixed amount. */
export const LARGE_CORPUS = 10000;

/** What one corpus size measured, every build in the same run. */
export interface CorpusResult {
  briefs: number;
  cold: BuildMeasurement;
  coldWithoutCitations: BuildMeasurement;
  warmAfterEdit: BuildMeasurement;
  plainAstro: BuildMeasurement;
  eleventy: BuildMeasurement;
  /** Undefined when no `hugo` is installed. */
  hugo: BuildMeasurement | undefined;
  pipelineMsPerBrief: { withCitations: number; withoutCitations: number };
}

/** One budget's verdict. */
export interface BudgetVerdict {
  budget: string;
  measured: string;
  pass: boolean;
}

const formatRatio = (ratio: number) => `${ratio.toFixed(2)}×`;
const formatGib = (bytes: number) => `${(bytes / GIB).toFixed(2)} GiB`;

/** Two builds of one run, the first held to at most `limit` times the second. */
interface RatioBudget {
  budget: string;
  limit: number;
  builds: [BuildMeasurement, BuildMeasurement];
  /** Said first after the ratio, e.g. how far from 1.0. */
  note?: string;
}

/** A time ratio's verdict, with the same ratio in CPU time for context: on a shared machine, the steadier. */
function judgeRatio({ budget, limit, builds: [a, b], note }: RatioBudget): BudgetVerdict {
  const ratio = a.seconds / b.seconds;
  const notes = [note, `CPU ${formatRatio(a.cpuSeconds / b.cpuSeconds)}`].filter(Boolean).join('; ');
  return {
    budget: `${budget} ≤ ${limit}×`,
    measured: `${formatRatio(ratio)} (${notes})`,
    pass: ratio <= limit,
  };
}

/** How far a ratio is from 1.0, and on which side: `0.31 above 1.0`, `0.69 below 1.0`. */
export function describeDistanceFromOne(ratio: number): string {
  const distance = Math.abs(ratio - 1).toFixed(2);
  return `${distance} ${ratio < 1 ? 'below' : 'above'} 1.0`;
}

/** The verdicts of one corpus size: the three time ratios and peak memory. */
export function checkCorpus(result: CorpusResult): BudgetVerdict[] {
  const { briefs, cold, plainAstro } = result;
  const large = briefs >= LARGE_CORPUS;
  const memoryLimit = large ? plainAstro.peakRssBytes : BUDGETS.peakRssBytes;
  return [
    judgeRatio({
      budget: `${briefs}: cold build / plain Astro's`,
      limit: BUDGETS.plainAstroRatio,
      builds: [cold, plainAstro],
      // Issue 16 asks how far from 1.0 the required ratio is.
      note: describeDistanceFromOne(cold.seconds / plainAstro.seconds),
    }),
    judgeRatio({
      budget: `${briefs}: cold build / FOOTNOTED_CITATIONS=off`,
      limit: BUDGETS.citationStageRatio,
      builds: [cold, result.coldWithoutCitations],
    }),
    judgeRatio({
      budget: `${briefs}: warm rebuild after editing one brief / cold`,
      limit: BUDGETS.warmRatio,
      builds: [result.warmAfterEdit, cold],
    }),
    {
      budget: `${briefs}: peak memory ≤ ${large ? "plain Astro's" : formatGib(memoryLimit)}`,
      measured: `${formatGib(cold.peakRssBytes)}${large ? ` (plain Astro ${formatGib(memoryLimit)})` : ''}`,
      pass: cold.peakRssBytes <= memoryLimit,
    },
  ];
}

/** The verdicts of the first brief's page: HTML + CSS gzipped, and JavaScript. */
export function checkPage(page: PageWeight): BudgetVerdict[] {
  const htmlAndCss = page.htmlGzipBytes + page.cssGzipBytes;
  return [
    {
      budget: `first brief page: HTML + CSS gzip ≤ ${BUDGETS.pageGzipBytes / 1024} KB`,
      measured: `${(htmlAndCss / 1024).toFixed(1)} KB`,
      pass: htmlAndCss <= BUDGETS.pageGzipBytes,
    },
    {
      budget: `first brief page: JavaScript ≤ ${BUDGETS.pageJsBytes} bytes`,
      measured: `${page.jsBytes} bytes`,
      pass: page.jsBytes <= BUDGETS.pageJsBytes,
    },
  ];
}

/** Every budget the run allows to judge: each corpus of SMALLEST_JUDGED_CORPUS briefs or more, and the page. */
export function checkBudgets(results: readonly CorpusResult[], page: PageWeight): BudgetVerdict[] {
  return [
    ...results.filter(({ briefs }) => briefs >= SMALLEST_JUDGED_CORPUS).flatMap(checkCorpus),
    ...checkPage(page),
  ];
}
