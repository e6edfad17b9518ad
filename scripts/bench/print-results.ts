// The benchmark's tables, as plain text.
import type { BudgetVerdict, CorpusResult } from './budgets.ts';
import type { BuildMeasurement } from './measure-build.ts';
import type { PageWeight } from './measure-page-weight.ts';

const MIB = 2 ** 20;

/**
 * One build's line: time, rate, time relative to plain Astro's, peak memory and output size; for a repeated
 * build, the medians, then each run's time.
 */
export function formatRow(label: string, m: BuildMeasurement, result: CorpusResult): string {
  const rate = `${(result.briefs / m.seconds).toFixed(0)} briefs/s`;
  const cpu = `${m.cpuSeconds.toFixed(1)} s CPU`;
  const ratio = `${(m.seconds / result.plainAstro.seconds).toFixed(2)}× plain`;
  const memory = `${(m.peakRssBytes / MIB).toFixed(0)} MiB peak`;
  const output = `${(m.outputBytes / MIB).toFixed(1)} MiB out`;
  const cells = [
    cpu.padStart(12),
    rate.padStart(14),
    ratio.padStart(12),
    memory.padStart(14),
    output.padStart(13),
  ];
  const runs = m.runSeconds && m.runSeconds.length > 1 ? `  median of ${formatRuns(m.runSeconds)}` : '';
  return `  ${label.padEnd(42)} ${m.seconds.toFixed(2).padStart(7)} s  ${cells.join('  ')}${runs}`;
}

/** Each run's wall time, in the order they ran: `18.82, 20.63 s`. */
function formatRuns(seconds: readonly number[]): string {
  return `${seconds.map((value) => value.toFixed(2)).join(', ')} s`;
}

/** Prints the measurements of one corpus size, every build of it measured in this run. */
export function printCorpusResult(result: CorpusResult): void {
  const { withCitations, withoutCitations } = result.pipelineMsPerBrief;
  const lines = [
    `${result.briefs} briefs`,
    formatRow('Footnoted, cold build', result.cold, result),
    formatRow('Footnoted, cold, FOOTNOTED_CITATIONS=off', result.coldWithoutCitations, result),
    formatRow('Footnoted, warm rebuild after one edit', result.warmAfterEdit, result),
    formatRow('plain Astro 7, native Markdown, footnotes', result.plainAstro, result),
    formatRow('Eleventy 3 + markdown-it-footnote', result.eleventy, result),
    result.hugo ? formatRow('Hugo (Goldmark footnotes)', result.hugo, result) : '  Hugo: not installed',
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
  console.log('Budgets (ratios of builds measured in this run)');
  for (const { budget, measured, pass } of verdicts) {
    console.log(`  ${pass ? 'pass' : 'FAIL'}  ${budget.padEnd(58)} ${measured}`);
  }
}
