// `npm run lighthouse`: builds the site afresh, serves it on 127.0.0.1, and audits the home page and the first
// brief with Lighthouse (its Node API, on the project's Node) driving the same Chromium as the browser tests.
// Prints the four scores of each page and exits 1 when a score is below its floor: 100 in accessibility,
// best practices and SEO, and 95 in performance (the target is 100; the floor absorbs a noisy machine).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium, NO_CHROMIUM } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

/** The lowest score each category may have, out of 100. */
const FLOORS: Readonly<Record<string, number>> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

/** Runs `npm run build -- --outDir DIR` with `env` added, in the given cache; its output is shown if it fails. */
async function build(outDir: string, cacheDir: string, env: Record<string, string>): Promise<void> {
  const child = spawn('npm', ['run', '--silent', 'build', '--', '--outDir', outDir], {
    env: { ...process.env, ...env, FOOTNOTED_CACHE_DIR: cacheDir },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`the build failed:\n${output}`);
}

/** The first brief's path: the home page lists the newest first; the built folders hold every brief. */
function findFirstBriefPath(outDir: string): string {
  const [first] = readdirSync(join(outDir, 'briefs'), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('index.html'))
    .sort();
  if (!first) throw new Error('the build wrote no brief page');
  return `briefs/${first.replace(/index\.html$/, '')}`;
}

/** Audits one page; resolves to its scores, category id to 0–100. */
async function audit(url: string, port: number): Promise<Record<string, number>> {
  const result = await lighthouse(url, {
    port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: Object.keys(FLOORS),
  });
  const categories = result?.lhr.categories ?? {};
  return Object.fromEntries(
    Object.keys(FLOORS).map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
  );
}

/** `  performance 100  accessibility 100 …`, with a mark on each score below its floor. */
function formatScores(scores: Record<string, number>): string {
  return Object.entries(scores)
    .map(([id, score]) => `${id} ${score}${score < (FLOORS[id] ?? 100) ? ' (below ' + FLOORS[id] + ')' : ''}`)
    .join('  ');
}

async function main(): Promise<number> {
  const chromePath = findChromium();
  if (!chromePath) {
    console.error(`lighthouse: ${NO_CHROMIUM}`);
    return 1;
  }
  // The site and Astro's cache, in one folder deleted at the end: a fresh build every run, nothing left behind.
  const workDir = mkdtempSync(join(tmpdir(), 'footnoted-lighthouse-'));
  const outDir = join(workDir, 'site');
  mkdirSync(outDir);
  const server = await startStaticServer(outDir);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_FLAGS] });
  try {
    // The site's own address, so that canonical links and structured data point where Lighthouse is.
    await build(outDir, join(workDir, 'cache'), { SITE_URL: server.origin });
    let failed = false;
    for (const [name, path] of [
      ['home', ''],
      ['brief', findFirstBriefPath(outDir)],
    ]) {
      const scores = await audit(`${server.origin}/${path}`, chrome.port);
      failed ||= Object.entries(scores).some(([id, score]) => score < (FLOORS[id] ?? 100));
      console.log(`${name.padEnd(6)} /${path}\n       ${formatScores(scores)}`);
    }
    return failed ? 1 : 0;
  } finally {
    chrome.kill();
    await server.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
