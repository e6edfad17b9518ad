// Runs `npm run dev` on a loopback port for a test, and listens to what the browser would get from it: the
// pages over HTTP, and the error overlay's data over Vite's HMR WebSocket (Astro answers a failed page with a
// bare 500 page and sends the error to the browser's Vite client 200 ms later, on that socket).
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { PROJECT_ROOT, withoutVitestEnv } from './astro-build.ts';

/** How many times to look, a quarter of a second apart, before giving up: generous, for two busy cores. */
const ATTEMPTS = 480;

/** A dev server started for a test. */
export interface DevServer {
  /** Its address, e.g. `http://127.0.0.1:4321`, without a trailing slash. */
  url: string;
  /** What it printed so far. */
  output: () => string;
  /** Stops it and every process under it. */
  stop: () => Promise<void>;
}

/** The error data Astro's overlay shows (Astro's `getViteErrorPayload`), the fields tests read. */
export interface OverlayError {
  name: string;
  title?: string;
  message: string;
  loc: { file?: string; line?: number; column?: number };
  frame?: string;
  stack?: string;
}

/** Calls `check` until it returns a value other than undefined; fails with `describe()` when it never does. */
export async function waitFor<T>(check: () => Promise<T | undefined>, describe: () => string): Promise<T> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    await sleep(250);
  }
  throw new Error(`Gave up waiting for ${describe()}`);
}

/**
 * The environment without Vitest's variables: with `VITEST` set, Astro's dev server serves no page at all
 * (astro/dist/vite-plugin-astro-server/plugin.js skips its request handler under Vitest).
 */
function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(withoutVitestEnv(env)).filter(([key]) => !key.startsWith('VITEST')),
  );
}

/** Starts `npm run dev -- --host 127.0.0.1` with `env` added, on a port Astro picks, and waits until it serves. */
export async function startDevServer(env: Record<string, string>): Promise<DevServer> {
  // Its own process group, so that stopping it stops npm, Astro and everything under them.
  const child = spawn('npm', ['run', 'dev', '--', '--host', '127.0.0.1', '--port', '4400'], {
    cwd: PROJECT_ROOT,
    // No colours: with CI set, Astro colours its output even into a pipe, and the address is read from it.
    env: {
      ...withoutVitest(process.env),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<void>((done) => child.on('close', () => done()));
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    process.kill(-child.pid, 'SIGTERM');
    const killed = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!killed) process.kill(-child.pid, 'SIGKILL');
  };
  try {
    // Astro takes the next free port when 4400 is taken: read the one it took from what it prints.
    const url = await waitFor(
      async () => /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(stripAnsi(output))?.[1],
      () => `the dev server's address in:\n${output}`,
    );
    await waitFor(
      async () => ((await fetch(`${url}/@vite/client`)).ok ? true : undefined),
      () => `the dev server to answer:\n${output}`,
    );
    return { url, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Vite's HMR socket, as the browser's Vite client opens it; collects the error payloads sent on it. */
export async function connectOverlay(url: string) {
  const socket = new WebSocket(url.replace(/^http/, 'ws') + '/', 'vite-hmr');
  const errors: OverlayError[] = [];
  socket.addEventListener('message', (event) => {
    const payload = JSON.parse(String(event.data)) as { type: string; err?: OverlayError };
    if (payload.type === 'error' && payload.err) errors.push(payload.err);
  });
  await new Promise((done, fail) => {
    socket.addEventListener('open', done);
    socket.addEventListener('error', () => fail(new Error(`Could not open Vite's HMR socket at ${url}`)));
  });
  return {
    /** The next error sent that Astro's overlay would show, waiting for it. */
    takeError: () =>
      waitFor(
        async () => errors.shift(),
        () => 'an error payload on the HMR socket',
      ),
    /** Forgets the errors sent so far, e.g. those of pages requested while waiting for a fix to show. */
    clear: () => void errors.splice(0),
    close: () => socket.close(),
  };
}

// An ANSI colour or style sequence, such as `\x1b[36m`.
const ANSI_SEQUENCE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** `text` without colour codes, in case a tool colours its output anyway. */
function stripAnsi(text: string): string {
  return text.replace(ANSI_SEQUENCE, '');
}
