// Runs one `npm run build` of a briefs folder in a child process and measures it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one build cost. */
export interface BuildMeasurement {
  seconds: number;
  /** User + system CPU time of the whole process tree: on a shared machine it stretches much less than time. */
  cpuSeconds: number;
  /** Peak resident memory of the build's process tree, sampled every 100 ms. */
  peakRssBytes: number;
  outputBytes: number;
  /** When the build was repeated (median.ts): each run's wall time; the figures above are their medians. */
  runSeconds?: number[];
}

/** Builds `briefsDir` with the given environment into `outDir`, using `cacheDir` as Astro's cache. */
export function measureBuild(options: {
  briefsDir: string;
  outDir: string;
  cacheDir: string;
  env?: Record<string, string>;
}): Promise<BuildMeasurement> {
  const env = {
    ...process.env,
    ...options.env,
    BRIEFS_DIR: options.briefsDir,
    FOOTNOTED_CACHE_DIR: options.cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const command = ['npm', 'run', '--silent', 'build', '--', '--outDir', options.outDir];
  return measureCommand({ command, env, outDir: options.outDir });
}

// Runs the command, then bash's `times`, whose second line is the user and system CPU time of every process
// the shell waited for, their own children included (each parent in the build's tree waits for its own).
const WITH_CPU_TIMES = '"$@"; status=$?; times >&2; exit $status';

/** `command` run by bash, which prints the CPU time of the whole process tree (`readCpuSeconds`) at the end. */
export function withCpuTimes(command: readonly string[]): [string, string[]] {
  return ['bash', ['-c', WITH_CPU_TIMES, 'bash', ...command]];
}
const TIMES_LINE = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/;

/** The children's CPU seconds from the `times` lines that end `output`. */
export function readCpuSeconds(output: string): number {
  const match = TIMES_LINE.exec(output);
  if (!match) return 0;
  const [, userMin, userSec, sysMin, sysSec] = match.map(Number) as number[];
  return (userMin ?? 0) * 60 + (userSec ?? 0) + (sysMin ?? 0) * 60 + (sysSec ?? 0);
}

/** Runs a command to completion and measures its time, its process tree's peak memory and its output. */
export async function measureCommand(options: {
  command: string[];
  env: NodeJS.ProcessEnv;
  outDir: string;
  cwd?: string;
}): Promise<BuildMeasurement> {
  const started = performance.now();
  const child = spawn(...withCpuTimes(options.command), { env: options.env, cwd: options.cwd });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  let peakRssBytes = 0;
  let sampledCpuMs = 0;
  const sampler = setInterval(() => {
    peakRssBytes = Math.max(peakRssBytes, getTreeRss(child.pid));
    sampledCpuMs = Math.max(sampledCpuMs, getTreeCpuMs(child.pid));
  }, 100);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${options.command.join(' ')} failed:\n${output}`);
  return {
    seconds: (performance.now() - started) / 1000,
    // `times` misses a process its parent never waited for (Pagefind's binary), which the samples see.
    cpuSeconds: Math.max(readCpuSeconds(output), sampledCpuMs / 1000),
    peakRssBytes,
    outputBytes: getFolderBytes(options.outDir),
  };
}

// Every folder of one benchmark run (corpora, builds, caches: gigabytes at 10000 briefs) lives in one folder.
let runDir: string | undefined;

/** A fresh temporary folder, inside this run's folder. */
export function makeTempDir(prefix: string): string {
  runDir ??= mkdtempSync(join(tmpdir(), 'footnoted-bench-'));
  return mkdtempSync(join(runDir, `${prefix}-`));
}

/** Deletes every folder `makeTempDir` made. */
export function removeTempDirs(): void {
  if (runDir) rmSync(runDir, { recursive: true, force: true });
  runDir = undefined;
}

// Sums VmRSS of a process and its descendants from /proc (Linux); 0 elsewhere.
function getTreeRss(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    return rss + children.reduce((sum, child) => sum + getTreeRss(Number(child)), 0);
  } catch {
    return 0;
  }
}

// Linux counts CPU time in clock ticks, 100 a second on every common kernel configuration.
const TICK_MS = 10;

/**
 * CPU milliseconds a process and its live descendants used so far, reaped children's included (Linux `/proc`;
 * 0 elsewhere). Sampled as a build goes, it splits the build's CPU time into phases.
 */
export function getTreeCpuMs(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command name in parentheses: state is field 3; utime, stime, cutime, cstime are fields 14-17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
    return (
      ticks * TICK_MS + children.filter(Boolean).reduce((sum, child) => sum + getTreeCpuMs(Number(child)), 0)
    );
  } catch {
    return 0;
  }
}

function getFolderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => statSync(join(folder, name)))
    .reduce((sum, stat) => sum + (stat.isFile() ? stat.size : 0), 0);
}
