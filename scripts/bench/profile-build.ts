// `npm run bench:profile` (`-- --briefs N`, default 1000; `--log PREFIX` keeps each build's stamped output):
// where a build's time goes. Builds a synthetic corpus cold, edits one brief and builds it warm, with
// `npm run build`'s own script, and prints each build's phases (build-phases.ts) in wall and CPU time and page
// generation by group of pages; then renders the corpus once more in process, one brief at a time, to split
// the renders of the content sync by plugin (profile-pipeline.ts). The numbers of docs/performance.md.
import { spawn } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { splitPhases, splitRoutes, type Phase, type StampedLine } from './build-phases.ts';
import { generateCorpus, getBriefFileName } from './generate-corpus.ts';
import { type Tally } from './plugin-timing.ts';
import { profilePipeline, WHOLE_RENDER } from './profile-pipeline.ts';
import { getTreeCpuMs, makeTempDir, readCpuSeconds, removeTempDirs, withCpuTimes } from './measure-build.ts';

const { values } = parseArgs({
  options: { briefs: { type: 'string', default: '1000' }, log: { type: 'string' } },
});

/** One build's stamped output, its wall time and its process tree's CPU time. */
interface StampedBuild {
  lines: StampedLine[];
  totalMs: number;
  totalCpuMs: number;
}

/** Runs one build and stamps each line of its output with the wall and CPU time when it arrived. */
async function runStamped(env: NodeJS.ProcessEnv): Promise<StampedBuild> {
  const build = ['--disable-warning=DEP0040', 'scripts/build.ts', '--outDir', makeTempDir('dist')];
  const child = spawn(...withCpuTimes([process.execPath, ...build]), { env });
  const started = performance.now();
  const lines: StampedLine[] = [];
  // Stamps each whole line when its end arrives: a chunk of output can end in the middle of a line.
  const stampLines = () => {
    let pending = '';
    return (chunk: Buffer) => {
      const ms = performance.now() - started;
      const cpuMs = getTreeCpuMs(child.pid);
      const parts = (pending + String(chunk)).split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) if (text.trim()) lines.push({ ms, cpuMs, text });
    };
  };
  child.stdout.on('data', stampLines());
  child.stderr.on('data', stampLines());
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const totalMs = performance.now() - started;
  const text = lines.map((line) => line.text).join('\n');
  if (code !== 0) throw new Error(`build failed:\n${text}`);
  // bash's `times` misses a grandchild its parent never waited for (Pagefind's), which the samples saw.
  const totalCpuMs = Math.max(readCpuSeconds(text) * 1000, ...lines.map((line) => line.cpuMs ?? 0));
  return { lines, totalMs, totalCpuMs };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(9);
const row = (name: string, ...ms: number[]) => console.log(`  ${name.padEnd(58)}${ms.map(s).join('')}`);

function printPhases(build: StampedBuild): Phase[] {
  const wall = splitPhases(build.lines, build.totalMs);
  const cpuLines = build.lines.map((line) => ({ ...line, ms: line.cpuMs ?? 0 }));
  const cpu = splitPhases(cpuLines, build.totalCpuMs);
  row('phase                                          (wall, CPU)', build.totalMs, build.totalCpuMs);
  for (const [i, phase] of wall.entries()) row(phase.name, phase.ms, cpu[i]?.ms ?? 0);
  return wall;
}

function printRoutes(lines: readonly StampedLine[], generationMs: number): void {
  // Astro renders four pages at once (build.concurrency in astro.config.mjs): each page's `(+N ms)` counts the
  // time the others ran too, and their lines may interleave. The split is a guide to which pages cost most.
  console.log("  page generation by group of pages (rendered + copied), sum of Astro's per-page times,");
  console.log('  which overlap (four pages render at once):');
  const routes = splitRoutes(lines);
  for (const { route, rendered, restored, ms } of routes) row(`  ${route} (${rendered} + ${restored})`, ms);
  const outside = generationMs - routes.reduce((t, r) => t + r.ms, 0);
  if (outside > 0) row('  outside the page renders: store, copies, writes', outside);
}

/** The renders split by step: each plugin, and unified's own steps (the whole renders less the plugins). */
function printPipeline(tally: Tally): void {
  const whole = tally.get(WHOLE_RENDER) ?? { ms: 0, cpuMs: 0, calls: 0 };
  const plugins = [...tally]
    .filter(([name]) => name !== WHOLE_RENDER)
    .sort(([, a], [, b]) => b.cpuMs - a.cpuMs);
  const sum = (key: 'ms' | 'cpuMs') => plugins.reduce((total, [, entry]) => total + entry[key], 0);
  console.log(
    `\nThe renders by step (${whole.calls} briefs, one at a time in process; wall, CPU of the thread):`,
  );
  for (const [name, { ms, cpuMs }] of plugins) row(`  ${name}`, ms, cpuMs);
  row(
    '  unified: parse, GFM, remark-rehype, heading ids, stringify',
    whole.ms - sum('ms'),
    whole.cpuMs - sum('cpuMs'),
  );
  row('  whole renders', whole.ms, whole.cpuMs);
}

function printBuild(label: string, build: StampedBuild): void {
  console.log(`\n${label}`);
  const phases = printPhases(build);
  const phase = (name: string) => phases.find((p) => p.name === name)?.ms ?? 0;
  printRoutes(build.lines, phase('page generation'));
  if (values.log) {
    const stamped = build.lines.map((l) => `${l.ms.toFixed(0)} ${l.cpuMs ?? 0} ${l.text}`).join('\n');
    writeFileSync(`${values.log}-${label.includes('warm') ? 'warm' : 'cold'}.txt`, `${stamped}\n`);
  }
}

async function main(): Promise<void> {
  const briefs = Number(values.briefs);
  const briefsDir = generateCorpus(makeTempDir(`corpus-${briefs}`), briefs);
  const env = {
    ...process.env,
    BRIEFS_DIR: briefsDir,
    FOOTNOTED_CACHE_DIR: makeTempDir('cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  printBuild(`${briefs} briefs, cold build`, await runStamped(env));
  appendFileSync(join(briefsDir, getBriefFileName(0)), '\nOne more sentence [1].\n');
  printBuild(`${briefs} briefs, warm rebuild after editing one brief`, await runStamped(env));
  printPipeline(await profilePipeline(briefsDir));
}

try {
  await main();
} finally {
  removeTempDirs();
}
