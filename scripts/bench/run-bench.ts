// `npm run bench` (`-- --briefs N`, repeatable, for chosen corpus sizes; default 100 and 1000; `--runs N`):
// builds synthetic corpora with and without the citation stage, a warm rebuild, the same corpus as plain Astro
// (the measure of issue 16), Eleventy and Hugo, weighs the first brief's page, and prints every budget of
// budgets.ts as pass or fail. Never a timed test: timings on shared machines are noisy, ratios measured in
// one run much less so, and the medians of repeated runs less still.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getCodeDigest } from '../../src/lib/pipeline-digest.ts';
import { checkBudgets, LARGE_CORPUS, type CorpusResult } from './budgets.ts';
import { buildWithEleventy } from './eleventy-baseline.ts';
import { generateCorpus, getBriefFileName } from './generate-corpus.ts';
import { buildWithHugo } from './hugo-baseline.ts';
import { makeTempDir, measureBuild, removeTempDirs, type BuildMeasurement } from './measure-build.ts';
import { medianBuild } from './median.ts';
import { measurePageWeight } from './measure-page-weight.ts';
import { measurePipeline } from './measure-pipeline.ts';
import { buildWithPlainAstro } from './plain-astro-baseline.ts';
import { printCorpusResult, printPageWeight, printVerdicts } from './print-results.ts';

const FIRST_BRIEF_PAGE = 'briefs/2026-05-19-us-china-ai-dialogue/index.html';

const { values } = parseArgs({
  options: { briefs: { type: 'string', multiple: true }, runs: { type: 'string' } },
});
const sizes = (values.briefs ?? ['100', '1000']).map(Number);

/**
 * How many times the compared builds (cold, without citations, warm, plain Astro) run: `--runs N`, else twice
 * below 10000 briefs, as issue 16 measured them, and once from there (a run of 10000 takes a quarter of an hour).
 */
function getRunCount(briefs: number): number {
  if (values.runs !== undefined) {
    const runs = Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1)
      throw new Error(`--runs must be a whole number ≥ 1: ${values.runs}`);
    return runs;
  }
  return briefs < LARGE_CORPUS ? 2 : 1;
}

/** The compared builds of one run, one after the other, so that each run's ratios are of neighbouring builds. */
interface ComparedBuilds {
  cold: BuildMeasurement;
  coldWithoutCitations: BuildMeasurement;
  warmAfterEdit: BuildMeasurement;
  plainAstro: BuildMeasurement;
}

async function runComparedBuilds(
  briefsDir: string,
  projectRoot: string,
  edit: number,
): Promise<ComparedBuilds> {
  const plainAstro = await buildWithPlainAstro(briefsDir, projectRoot);
  const build = (env: Record<string, string>, cacheDir = makeTempDir('cache')) =>
    measureBuild({ briefsDir, outDir: makeTempDir('dist'), cacheDir, env });
  const coldWithoutCitations = await build({ FOOTNOTED_CITATIONS: 'off' });
  const cacheDir = makeTempDir('cache');
  const cold = await build({}, cacheDir);
  appendFileSync(join(briefsDir, getBriefFileName(0)), `\nOne more sentence, edit ${edit} [1].\n`);
  const warmAfterEdit = await build({}, cacheDir);
  return { cold, coldWithoutCitations, warmAfterEdit, plainAstro };
}

async function benchCorpus(briefs: number): Promise<CorpusResult> {
  const briefsDir = generateCorpus(makeTempDir(`corpus-${briefs}`), briefs);
  const projectRoot = process.cwd();
  const hugo = await buildWithHugo(briefsDir);
  const eleventy = await buildWithEleventy(briefsDir, projectRoot);
  const runs: ComparedBuilds[] = [];
  const runCount = getRunCount(briefs);
  for (let run = 1; run <= runCount; run++) runs.push(await runComparedBuilds(briefsDir, projectRoot, run));
  const medianOf = (pick: (run: ComparedBuilds) => BuildMeasurement) => medianBuild(runs.map(pick));
  const pipelineMsPerBrief = {
    withoutCitations: await measurePipeline(briefsDir, false),
    withCitations: await measurePipeline(briefsDir, true),
  };
  return {
    briefs,
    cold: medianOf((run) => run.cold),
    coldWithoutCitations: medianOf((run) => run.coldWithoutCitations),
    warmAfterEdit: medianOf((run) => run.warmAfterEdit),
    plainAstro: medianOf((run) => run.plainAstro),
    eleventy,
    hugo,
    pipelineMsPerBrief,
  };
}

/**
 * A digest of the code the builds run. An edit to it while the bench runs would make the warm build render
 * every brief again (the pipeline's digest is in Astro's config) and the builds measure different code.
 */
const getBuiltCodeDigest = () => getCodeDigest(process.cwd(), ['src', 'scripts', 'patches']);

async function main(): Promise<void> {
  const codeAtStart = getBuiltCodeDigest();
  const results: CorpusResult[] = [];
  for (const size of sizes) {
    const result = await benchCorpus(size);
    printCorpusResult(result);
    results.push(result);
  }
  const pageBuild = makeTempDir('page');
  await measureBuild({ briefsDir: 'content/briefs', outDir: pageBuild, cacheDir: makeTempDir('cache') });
  const page = measurePageWeight(pageBuild, FIRST_BRIEF_PAGE);
  printPageWeight(page);
  const verdicts = checkBudgets(results, page);
  printVerdicts(verdicts);
  mkdirSync('bench-results', { recursive: true });
  const report = { date: new Date().toISOString(), node: process.version, results, page, verdicts };
  writeFileSync('bench-results/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log('Wrote bench-results/bench.json');
  if (getBuiltCodeDigest() !== codeAtStart) {
    console.error(
      'The project’s code changed while the bench ran: its builds measured different code. Run it again.',
    );
    process.exitCode = 1;
  }
}

try {
  await main();
} finally {
  removeTempDirs();
}
