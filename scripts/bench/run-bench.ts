// `npm run bench` (`-- --briefs N` for one corpus size): builds synthetic corpora with and without the
// citation stage and reports times, ratios and budgets. Budgets are printed as pass or fail here, never
// asserted in a timed test: timings on shared machines are noisy, ratios measured in one run are not.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.ts';
import { makeTempDir, measureBuild, type BuildMeasurement } from './measure-build.ts';
import { measurePipeline } from './measure-pipeline.ts';

/** Most the citation stage may add to a cold build: 15%. */
const CITATION_RATIO_BUDGET = 1.15;

const { values } = parseArgs({ options: { briefs: { type: 'string', multiple: true } } });
const sizes = (values.briefs ?? ['100', '1000']).map(Number);

interface CorpusResult {
  briefs: number;
  cold: BuildMeasurement;
  coldWithoutCitations: BuildMeasurement;
  warmAfterEdit: BuildMeasurement;
  citationRatio: number;
  pipelineMsPerBrief: { withCitations: number; withoutCitations: number };
}

async function benchCorpus(briefs: number): Promise<CorpusResult> {
  const briefsDir = generateCorpus(makeTempDir(`corpus-${briefs}`), briefs);
  const build = (env: Record<string, string>, cacheDir = makeTempDir('cache')) =>
    measureBuild({ briefsDir, outDir: makeTempDir('dist'), cacheDir, env });
  const coldWithoutCitations = await build({ FOOTNOTED_CITATIONS: 'off' });
  const cacheDir = makeTempDir('cache');
  const cold = await build({}, cacheDir);
  appendFileSync(join(briefsDir, '2026-05-19-brief-00000.md'), '\nOne more sentence [1].\n');
  const warmAfterEdit = await build({}, cacheDir);
  const pipelineMsPerBrief = {
    withoutCitations: await measurePipeline(briefsDir, false),
    withCitations: await measurePipeline(briefsDir, true),
  };
  const citationRatio = cold.seconds / coldWithoutCitations.seconds;
  return { briefs, cold, coldWithoutCitations, warmAfterEdit, citationRatio, pipelineMsPerBrief };
}

function printResult(result: CorpusResult): void {
  const row = (label: string, m: BuildMeasurement) =>
    `  ${label.padEnd(34)} ${m.seconds.toFixed(2).padStart(7)} s ${(result.briefs / m.seconds).toFixed(0).padStart(6)} briefs/s ` +
    `${(m.peakRssBytes / 2 ** 20).toFixed(0).padStart(6)} MiB ${(m.outputBytes / 2 ** 20).toFixed(1).padStart(7)} MiB out`;
  const verdict = result.citationRatio <= CITATION_RATIO_BUDGET ? 'pass' : 'FAIL';
  const { withCitations, withoutCitations } = result.pipelineMsPerBrief;
  console.log(
    [
      `${result.briefs} briefs`,
      row('cold build', result.cold),
      row('cold build, FOOTNOTED_CITATIONS=off', result.coldWithoutCitations),
      row('warm rebuild after editing one brief', result.warmAfterEdit),
      `  pipeline per brief: ${withCitations.toFixed(2)} ms with citations, ${withoutCitations.toFixed(2)} ms without`,
      `  citation stage: ${result.citationRatio.toFixed(2)}× the build without it (budget ≤ ${CITATION_RATIO_BUDGET}×): ${verdict}`,
    ].join('\n'),
  );
}

const results: CorpusResult[] = [];
for (const size of sizes) {
  const result = await benchCorpus(size);
  printResult(result);
  results.push(result);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench.json',
  `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`,
);
console.log('Wrote bench-results/bench.json');
