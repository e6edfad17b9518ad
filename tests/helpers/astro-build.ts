import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TEST_TMP_ENV } from '../global-setup.ts';
import { withBuildLock } from './build-lock.ts';

/** The project root: builds run there, as `npm run build` does. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** What a finished build printed and returned. */
export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

/** A fresh temporary folder for one test's output or cache, inside the run's folder (tests/global-setup.ts). */
export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(process.env[TEST_TMP_ENV] ?? tmpdir(), `footnoted-${prefix}-`));
}

/** What Vitest puts in `process.env` for `import.meta.env`: never meant for the build under test. */
const VITEST_ENV_KEYS = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/**
 * The environment without Vitest's `import.meta.env` variables: Astro would read them as the build's own, and
 * a BASE_URL of `/` would silently replace BASE_PATH in every page.
 */
export function withoutVitestEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !VITEST_ENV_KEYS.has(key)));
}

/**
 * How long a test build may take before it counts as hung. Test builds take seconds; Vite 8's bundler,
 * rolldown, now and then deadlocks in native code and never returns (https://github.com/rolldown/rolldown/
 * issues/10606, /10664; seen here once in some forty builds, its main thread idle in a futex wait).
 */
const HUNG_BUILD_MS = 120_000;

/**
 * Runs the real `npm run build -- --outDir DIR [args]` in a child process, with its own
 * content cache unless one is given (so test files can build in parallel, and a warm build can be tested).
 * A build that hangs is killed and run once more, with a warning: the result asserted on is always that of a
 * build that finished.
 */
export async function runAstroBuild(options: {
  briefsDir?: string;
  outDir?: string;
  cacheDir?: string;
  env?: Record<string, string>;
  /** More arguments for `npm run build --`, such as `--force`. */
  args?: readonly string[];
}): Promise<BuildResult> {
  const outDir = options.outDir ?? makeTempDir('dist');
  const env: NodeJS.ProcessEnv = {
    ...withoutVitestEnv(process.env),
    FOOTNOTED_CACHE_DIR: options.cacheDir ?? makeTempDir('cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...options.env,
  };
  if (options.briefsDir) env.BRIEFS_DIR = options.briefsDir;
  const args = ['--outDir', outDir, ...(options.args ?? [])];
  const first = await withBuildLock(PROJECT_ROOT, () => runBuildOnce(args, outDir, env));
  if (first !== 'hung') return first;
  console.warn(`A test build hung for ${HUNG_BUILD_MS / 1000} s and was killed; building once more.`);
  const second = await withBuildLock(PROJECT_ROOT, () => runBuildOnce(args, outDir, env));
  if (second === 'hung')
    throw new Error(`The build hung twice (${HUNG_BUILD_MS / 1000} s each):\n${env.BRIEFS_DIR}`);
  return second;
}

function runBuildOnce(
  args: readonly string[],
  outDir: string,
  env: NodeJS.ProcessEnv,
): Promise<BuildResult | 'hung'> {
  return new Promise((done, fail) => {
    // Its own process group, so that a hung build can be killed with every process under it.
    const child = spawn('npm', ['run', 'build', '--', ...args], {
      cwd: PROJECT_ROOT,
      env,
      detached: true,
    });
    let output = '';
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, HUNG_BUILD_MS);
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done(hung ? 'hung' : { code, output, outDir });
    });
  });
}
