// `npm run bench:profile` (`-- --briefs N`, default 1000): where a build's time goes. Builds a synthetic corpus
// cold, edits one brief and builds it warm, each through the bench-only config that times every Markdown
// plugin (astro.profile.config.mjs, FOOTNOTED_PROFILE=1), and prints each build's phases (build-phases.ts),
// page generation by route, and the plugins' times. The numbers for docs/performance.md.
import { spawn } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { splitPhases, splitRoutes, type StampedLine } from './build-phases.ts';
import { generateCorpus, getBriefFileName } from './generate-corpus.ts';
import { makeTempDir, removeTempDirs } from './measure-build.ts';

// `--log PREFIX` also writes each build's stamped output to PREFIX-1.txt, PREFIX-2.txt.
const { values } = parseArgs({
  options: { briefs: { type: 'string', default: '1000' }, log: { type: 'string' } },
});
let logCount = 0;
const PROFILE_CONFIG = 'scripts/bench/astro.profile.config.mjs';

/** Runs one build and stamps each line of its output with the time it arrived. */
async function runStamped(env: NodeJS.ProcessEnv): Promise<{ lines: StampedLine[]; totalMs: number }> {
  const args = ['--disable-warning=DEP0040', 'scripts/build.ts', '--outDir', makeTempDir('dist')];
  const child = spawn(process.execPath, [...args, '--config', PROFILE_CONFIG], { env });
  const started = performance.now();
  const lines: StampedLine[] = [];
  // Stamps each whole line when its end arrives: a chunk of output can end in the middle of a line.
  const stampLines = () => {
    let pending = '';
    return (chunk: Buffer) => {
      const ms = performance.now() - started;
      const parts = (pending + String(chunk)).split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) if (text.trim()) lines.push({ ms, text });
    };
  };
  child.stdout.on('data', stampLines());
  child.stderr.on('data', stampLines());
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const totalMs = performance.now() - started;
  if (code !== 0) throw new Error(`build failed:\n${lines.map((l) => l.text).join('\n')}`);
  return { lines, totalMs };
}

function printBuild(label: string, { lines, totalMs }: { lines: StampedLine[]; totalMs: number }): void {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`\n${label}: ${s(totalMs)}`);
  const phases = splitPhases(lines, totalMs);
  for (const phase of phases) console.log(`  ${phase.name.padEnd(56)} ${s(phase.ms)}`);
  console.log('  page generation by group of pages (rendered + copied by incremental builds):');
  const routes = splitRoutes(lines);
  for (const { route, rendered, restored, ms } of routes) {
    console.log(`    ${`${route} (${rendered} + ${restored})`.padEnd(54)} ${s(ms)}`);
  }
  const generation = phases.find(({ name }) => name === 'page generation')?.ms ?? 0;
  const rendering = routes.reduce((sum, { ms }) => sum + ms, 0);
  console.log(`    ${'outside the pages: store, copies, writes'.padEnd(54)} ${s(generation - rendering)}`);
  printPipeline(lines, phases.find(({ name }) => name === 'content sync')?.ms ?? 0);
  if (values.log)
    writeFileSync(
      `${values.log}-${++logCount}.txt`,
      lines.map((l) => `${l.ms.toFixed(0)} ${l.text}`).join('\n'),
    );
}

// `[profile] rehypeSourceList: 1234 ms, 1000 calls`, as plugin-timing.ts prints it.
const TALLY_LINE = /^\[profile\] (.+): (\d+) ms, (\d+) calls$/;

/** The content sync split: each plugin, Astro's own steps of the render, and the rest of the sync. */
function printPipeline(lines: readonly StampedLine[], syncMs: number): void {
  const tally = lines.flatMap(({ text }) => {
    const match = TALLY_LINE.exec(text);
    return match ? [{ name: match[1] ?? '', ms: Number(match[2]), calls: Number(match[3]) }] : [];
  });
  const whole = tally.find(({ name }) => name === 'whole render');
  const plugins = tally.filter((entry) => entry !== whole);
  const pluginMs = plugins.reduce((sum, { ms }) => sum + ms, 0);
  const row = (name: string, ms: number) => console.log(`    ${name.padEnd(54)} ${(ms / 1000).toFixed(2)} s`);
  console.log(`  content sync, split (${whole?.calls ?? 0} briefs rendered):`);
  for (const { name, ms } of plugins) row(name, ms);
  row("Astro's steps: parse, GFM, remark-rehype, ids, stringify", (whole?.ms ?? 0) - pluginMs);
  row('outside the renderer: loader, schema, store', syncMs - (whole?.ms ?? 0));
}

async function main(): Promise<void> {
  const briefs = Number(values.briefs);
  const briefsDir = generateCorpus(makeTempDir(`corpus-${briefs}`), briefs);
  const env = {
    ...process.env,
    BRIEFS_DIR: briefsDir,
    FOOTNOTED_CACHE_DIR: makeTempDir('cache'),
    FOOTNOTED_PROFILE: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  printBuild(`${briefs} briefs, cold build`, await runStamped(env));
  appendFileSync(join(briefsDir, getBriefFileName(0)), '\nOne more sentence [1].\n');
  printBuild(`${briefs} briefs, warm rebuild after editing one brief`, await runStamped(env));
}

try {
  await main();
} finally {
  removeTempDirs();
}
