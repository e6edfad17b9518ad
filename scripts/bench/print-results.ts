// The benchmark's tables, as plain text.
import type { BudgetVerdict, CorpusResult } from './budgets.ts';
import type { BuildMeasurement } from './measure-build.ts';
import type { PageWeight } from './measure-page-weight.ts';

const MIB = 2 ** 20;

function formatRow(label: string, briefs: number, m: BuildMeasurement): string {
  const rate = `${(briefs / m.seconds).toFixed(0)} briefs/s`;
  const memory = `${(m.peakRssBytes / MIB).toFixed(0)} MiB peak`;
  const output = `${(m.outputBytes / MIB).toFixed(1)} MiB out`;
  return `  ${label.padEnd(38)} ${m.seconds.toFixed(2).padStart(7)} s  ${rate.padStart(14)}  ${memory.padStart(14)}  ${output.padStart(13)}`;
}

/** Prints the measurements of one corpus size. */
export function printCorpusResult(result: CorpusResult): void {
  const { briefs } = result;
  const { withCitations, withoutCitations } = result.pipelineMsPerBrief;
  const lines = [
    `${briefs} briefs`,
    formatRow('cold build', briefs, result.cold),
    formatRow('cold build, FOOTNOTED_CITATIONS=off', briefs, result.coldWithoutCitations),
    formatRow('warm rebuild after editing one brief', briefs, result.warmAfterEdit),
    ...(result.eleventy ? [formatRow('Eleventy 3 + markdown-it-footnote', briefs, result.eleventy)] : []),
    `  citation stage: ${(result.cold.seconds / result.coldWithoutCitations.seconds).toFixed(2)}× the build without it`,
    `  pipeline per brief, in process: ${withCitations.toFixed(2)} ms with citations, ${withoutCitations.toFixed(2)} ms without`,
  ];
  console.log(lines.join('\n'));
}

/** Prints the first brief page's weight. */
export function printPageWeight(page: PageWeight): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `First brief page: HTML ${kb(page.htmlBytes)} (${kb(page.htmlGzipBytes)} gzip), CSS ${kb(page.cssBytes)} ` +
      `(${kb(page.cssGzipBytes)} gzip), JavaScript ${page.jsBytes} bytes, ${page.requests} requests`,
  );
}

/** Prints each budget with its measured value and pass or FAIL. */
export function printVerdicts(verdicts: readonly BudgetVerdict[]): void {
  console.log('Budgets');
  for (const { budget, measured, pass } of verdicts) {
    console.log(`  ${pass ? 'pass' : 'FAIL'}  ${budget.padEnd(52)} ${measured}`);
  }
}
