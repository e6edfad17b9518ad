// Runs `astro build` in a child process, on the Node running this script (the project's pinned Node).
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The environment `astro build` runs in: the caller's, with Astro's telemetry (a network request) off. */
export function getAstroEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1' };
}

const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Where `astro build` should write, and with what extra arguments. */
export interface AstroBuildOptions {
  projectRoot: string;
  outDir: string;
  astroArgs: readonly string[];
}

/**
 * Runs `astro build --outDir DIR …` with telemetry off and the terminal passed through, so Astro's output and
 * the briefs' messages reach the editor exactly as Astro prints them. Resolves to the exit status.
 */
export function runAstroBuild(options: AstroBuildOptions): Promise<number> {
  const astro = join(options.projectRoot, 'node_modules/astro/bin/astro.mjs');
  const args = [astro, 'build', '--outDir', options.outDir, ...options.astroArgs];
  const env = getAstroEnv(process.env);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: options.projectRoot, env, stdio: 'inherit' });
    // Why: with a listener, Ctrl-C or a deploy tool's SIGTERM stops Astro first and then lets the caller
    // delete the half-built staging folder, instead of killing this process and leaving the folder behind.
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      for (const name of FORWARDED_SIGNALS) process.off(name, forward);
      done(code ?? (signal ? 1 : 0));
    });
  });
}
