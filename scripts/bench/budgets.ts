// The performance budgets of Footnoted, checked against one benchmark run and printed as pass or fail.
import type { BuildMeasurement } from './measure-build.ts';
import type { PageWeight } from './measure-page-weight.ts';

/** What one corpus size measured. */
export interface CorpusResult {
  briefs: number;
  cold: BuildMeasurement;
  coldWithoutCitations: BuildMeasurement;
  warmAfterEdit: BuildMeasurement;
  eleventy: BuildMeasurement | undefined;
  pipelineMsPerBrief: { withCitations: number; withoutCitations: number };
}

/** One budget's verdict. */
export interface BudgetVerdict {
  budget: string;
  measured: string;
  pass: boolean;
}

const GIB = 2 ** 30;

/** Every budget that the measured corpus sizes and page allow to check. */
export function checkBudgets(results: readonly CorpusResult[], page: PageWeight): BudgetVerdict[] {
  const verdicts: BudgetVerdict[] = [];
  const at1000 = results.find((result) => result.briefs === 1000);
  if (at1000) verdicts.push(...checkCorpusOf1000(at1000));
  const at10000 = results.find((result) => result.briefs === 10000);
  if (at1000 && at10000) {
    const growth = at10000.cold.peakRssBytes / at1000.cold.peakRssBytes;
    verdicts.push({
      budget: 'peak memory grows at most linearly, 1000 → 10000',
      measured: `${growth.toFixed(1)}×`,
      pass: growth <= 10,
    });
  }
  const htmlAndCss = page.htmlGzipBytes + page.cssGzipBytes;
  verdicts.push(
    {
      budget: 'first brief page ≤ 30 KB gzip of HTML and CSS',
      measured: `${(htmlAndCss / 1024).toFixed(1)} KB`,
      pass: htmlAndCss <= 30 * 1024,
    },
    {
      budget: 'first brief page: 0 bytes of JavaScript',
      measured: `${page.jsBytes} bytes`,
      pass: page.jsBytes === 0,
    },
  );
  return verdicts;
}

function checkCorpusOf1000(result: CorpusResult): BudgetVerdict[] {
  const citation = result.cold.seconds / result.coldWithoutCitations.seconds;
  const warm = result.warmAfterEdit.seconds / result.cold.seconds;
  const verdicts = [
    {
      budget: 'citation stage ≤ 1.15× the build without it',
      measured: `${citation.toFixed(2)}×`,
      pass: citation <= 1.15,
    },
    {
      budget: 'warm rebuild after editing one brief ≤ 0.3× cold',
      measured: `${warm.toFixed(2)}×`,
      pass: warm <= 0.3,
    },
    {
      budget: 'peak memory ≤ 1.5 GiB at 1000 briefs',
      measured: `${(result.cold.peakRssBytes / GIB).toFixed(2)} GiB`,
      pass: result.cold.peakRssBytes <= 1.5 * GIB,
    },
  ];
  if (result.eleventy) {
    const ratio = result.cold.seconds / result.eleventy.seconds;
    verdicts.push({
      budget: 'cold build ≤ 3× Eleventy 3 on the same corpus',
      measured: `${ratio.toFixed(2)}×`,
      pass: ratio <= 3,
    });
  }
  return verdicts;
}
