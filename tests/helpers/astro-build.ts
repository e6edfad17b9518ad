import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project root: builds run there, as `npm run build` does. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** What a finished build printed and returned. */
export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

/** A fresh temporary folder for one test's output or cache. */
export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `footnoted-${prefix}-`));
}

/** What Vitest puts in `process.env` for `import.meta.env`: never meant for the build under test. */
const VITEST_ENV_KEYS = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/**
 * The environment without Vitest's `import.meta.env` variables: Astro would read them as the build's own, and
 * a BASE_URL of `/` would silently replace BASE_PATH in every page.
 */
function withoutVitestEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !VITEST_ENV_KEYS.has(key)));
}

/**
 * Runs the real `npm run build -- --outDir DIR` in a child process, with its own
 * content cache unless one is given (so test files can build in parallel, and a warm build can be tested).
 */
export function runAstroBuild(options: {
  briefsDir?: string;
  outDir?: string;
  cacheDir?: string;
  env?: Record<string, string>;
}): Promise<BuildResult> {
  const outDir = options.outDir ?? makeTempDir('dist');
  const env: NodeJS.ProcessEnv = {
    ...withoutVitestEnv(process.env),
    FOOTNOTED_CACHE_DIR: options.cacheDir ?? makeTempDir('cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...options.env,
  };
  if (options.briefsDir) env.BRIEFS_DIR = options.briefsDir;
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', 'build', '--', '--outDir', outDir], { cwd: PROJECT_ROOT, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output, outDir }));
  });
}
