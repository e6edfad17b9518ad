import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, PROJECT_ROOT } from '../helpers/astro-build.ts';
import { withBuildLock } from '../helpers/build-lock.ts';

// A build in a network namespace of its own (`unshare -rn`: no interface but a loopback that is down), with
// every Node process recording each connection and DNS lookup it attempts. Nothing may be attempted: a failed
// request that a tool swallows (Astro's telemetry does) would otherwise go unseen.
const RECORDER = pathToFileURL(join(PROJECT_ROOT, 'tests/robustness/helpers/record-network.mjs')).href;
const UNSHARE = spawnSync('unshare', ['-rn', 'true'], { encoding: 'utf8' });
const HAS_UNSHARE = UNSHARE.status === 0;
const IN_CI = Boolean(process.env.CI) && process.env.CI !== 'false';

const LEFT_OUT = new Set(['ASTRO_TELEMETRY_DISABLED', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/** Runs `command` with no network and the recorder preloaded; resolves to its exit status and output. */
function runOffline(command: string[], log: string, env: Record<string, string> = {}) {
  // ASTRO_TELEMETRY_DISABLED is left out on purpose: the build must turn Astro's telemetry off by itself. The
  // others are Vitest's `import.meta.env`, which Astro would take for the build's own (see astro-build.ts).
  const inherited = Object.entries(process.env).filter(([key]) => !LEFT_OUT.has(key));
  const environment: NodeJS.ProcessEnv = {
    ...Object.fromEntries(inherited),
    NODE_OPTIONS: `--import=${RECORDER}`,
    FOOTNOTED_NETWORK_LOG: log,
    // npm's own update check is npm's, not the build's; it is not what this test is about.
    npm_config_update_notifier: 'false',
    ...env,
  };
  return new Promise<{ code: number | null; output: string }>((done, fail) => {
    const child = spawn('unshare', ['-rn', ...command], { cwd: PROJECT_ROOT, env: environment });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

function readLog(log: string): string[] {
  return existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : [];
}

describe('a build with no network at all', () => {
  if (!HAS_UNSHARE && IN_CI) {
    it('needs `unshare -rn` (util-linux) to run', () => {
      throw new Error(
        `\`unshare -rn true\` failed, so the offline build cannot be tested: ${UNSHARE.error?.message ?? UNSHARE.stderr}`,
      );
    });
    return;
  }

  const folder = makeTempDir('offline');
  const outDir = join(folder, 'dist');
  const buildLog = join(folder, 'build-network.log');
  const probeLog = join(folder, 'probe-network.log');
  let build: { code: number | null; output: string };

  beforeAll(async () => {
    if (!HAS_UNSHARE) return;
    writeFileSync(buildLog, '');
    build = await withBuildLock(PROJECT_ROOT, () =>
      runOffline(['npm', 'run', 'build', '--', '--outDir', outDir], buildLog, {
        BRIEFS_DIR: join(PROJECT_ROOT, 'tests/fixtures/briefs-basic'),
        FOOTNOTED_CACHE_DIR: join(folder, 'cache'),
      }),
    );
  });

  it.skipIf(!HAS_UNSHARE)('the recorder sees a request when one is made', async () => {
    const script =
      "require('net').connect(80, '192.0.2.1').on('error', () => {}); fetch('http://example.com/').catch(() => {});";
    await runOffline([process.execPath, '-e', script], probeLog);
    expect(readLog(probeLog).map((line) => line.replace(/^.*: /, ''))).toEqual(
      expect.arrayContaining(['connect 192.0.2.1:80', 'lookup example.com']),
    );
  });

  it.skipIf(!HAS_UNSHARE)('succeeds and writes the site', () => {
    expect(build.output).not.toMatch(/ENETUNREACH|EAI_AGAIN|ENOTFOUND|fetch failed/);
    expect(build.code).toBe(0);
    expect(existsSync(join(outDir, 'briefs/sub/nested-brief/index.html'))).toBe(true);
  });

  it.skipIf(!HAS_UNSHARE)('attempts no connection and no DNS lookup, Astro telemetry included', () => {
    expect(readLog(buildLog)).toEqual([]);
  });
});
