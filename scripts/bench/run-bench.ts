// `npm run bench` (`-- --briefs N`, repeatable, for chosen corpus sizes; default 100 and 1000): builds
// synthetic corpora with and without the citation stage, a warm rebuild, the same corpus as plain Astro (the
// measure of issue 16), Eleventy and Hugo, weighs the first brief's page, and prints every budget of
// budgets.ts as pass or fail. Never a timed test: timings on shared machines are noisy, ratios measured in
// one run much less so.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkBudgets, type CorpusResult } from './budgets.ts';
import { buildWithEleventy } from './eleventy-baseline.ts';
import { generateCorpus, getBriefFileName } from './generate-corpus.ts';
import { buildWithHugo } from './hugo-baseline.ts';
import { makeTempDir, measureBuild, removeTempDirs } from './measure-build.ts';
import { measurePageWeight } from './measure-page-weight.ts';
import { measurePipeline } from './measure-pipeline.ts';
import { buildWithPlainAstro } from './plain-astro-baseline.ts';
import { printCorpusResult, printPageWeight, printVerdicts } from './print-results.ts';

const FIRST_BRIEF_PAGE = 'briefs/2026-05-19-us-china-ai-dialogue/index.html';

const { values } = parseArgs({ options: { briefs: { type: 'string', multiple: true } } });
const sizes = (values.briefs ?? ['100', '1000']).map(Number);

async function benchCorpus(briefs: number): Promise<CorpusResult> {
  const briefsDir = generateCorpus(makeTempDir(`corpus-${briefs}`), briefs);
  const projectRoot = process.cwd();
  const hugo = await buildWithHugo(briefsDir);
  const eleventy = await buildWithEleventy(briefsDir, projectRoot);
  const plainAstro = await buildWithPlainAstro(briefsDir, projectRoot);
  const build = (env: Record<string, string>, cacheDir = makeTempDir('cache')) =>
    measureBuild({ briefsDir, outDir: makeTempDir('dist'), cacheDir, env });
  const coldWithoutCitations = await build({ FOOTNOTED_CITATIONS: 'off' });
  const cacheDir = makeTempDir('cache');
  const cold = await build({}, cacheDir);
  appendFileSync(join(briefsDir, getBriefFileName(0)), '\nOne more sentence [1].\n');
  const warmAfterEdit = await build({}, cacheDir);
  const pipelineMsPerBrief = {
    withoutCitations: await measurePipeline(briefsDir, false),
    withCitations: await measurePipeline(briefsDir, true),
  };
  const builds = { cold, coldWithoutCitations, warmAfterEdit, plainAstro, eleventy, hugo };
  return { briefs, ...builds, pipelineMsPerBrief };
}

async function main(): Promise<void> {
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
}

try {
  await main();
} finally {
  removeTempDirs();
}
