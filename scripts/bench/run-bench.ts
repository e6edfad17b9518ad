// `npm run bench` (`-- --briefs N`, repeatable, for chosen corpus sizes; default 100 and 1000): builds
// synthetic corpora with and without the citation stage, a warm rebuild, the same corpus with Eleventy,
// weighs the first brief's page, and prints every budget as pass or fail. Budgets live here, never in a timed
// test: timings on shared machines are noisy, ratios measured in one run much less so.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkBudgets, type CorpusResult } from './budgets.ts';
import { createEleventyProject } from './eleventy-baseline.ts';
import { generateCorpus, getBriefFileName } from './generate-corpus.ts';
import { makeTempDir, measureBuild, measureCommand, removeTempDirs } from './measure-build.ts';
import { measurePageWeight } from './measure-page-weight.ts';
import { measurePipeline } from './measure-pipeline.ts';
import { printCorpusResult, printPageWeight, printVerdicts } from './print-results.ts';

const FIRST_BRIEF_PAGE = 'briefs/2026-05-19-us-china-ai-dialogue/index.html';

const { values } = parseArgs({ options: { briefs: { type: 'string', multiple: true } } });
const sizes = (values.briefs ?? ['100', '1000']).map(Number);

async function benchCorpus(briefs: number): Promise<CorpusResult> {
  const briefsDir = generateCorpus(makeTempDir(`corpus-${briefs}`), briefs);
  const eleventy = await buildWithEleventy(briefsDir);
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
  return { briefs, cold, coldWithoutCitations, warmAfterEdit, eleventy, pipelineMsPerBrief };
}

function buildWithEleventy(briefsDir: string) {
  const project = createEleventyProject(briefsDir);
  const outDir = makeTempDir('eleventy-dist');
  const eleventy = join(process.cwd(), 'node_modules/@11ty/eleventy/cmd.cjs');
  const env = { ...process.env, ELEVENTY_OUT: outDir };
  return measureCommand({ command: [process.execPath, eleventy, '--quiet'], env, outDir, cwd: project });
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
