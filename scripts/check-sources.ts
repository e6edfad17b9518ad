// `npm run check:sources`: visits every source URL of every brief in BRIEFS_DIR, records what each showed in
// sources.lock.json inside that folder, and reports dead and changed sources with the claims that cite them.
// The only command that uses the network. Options: --update (record the current text of changed sources),
// --concurrency N (default 4), --timeout SECONDS (default 15), --retries N (default 2).
// Exit status: 1 when a source is dead, 2 when no source answered at all (offline: nothing changed), else 0.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { DEFAULT_SITE_URL } from '../src/consts.ts';
import { resolveBriefsDir } from '../src/lib/briefs-dir.ts';
import { formatDiagnostic, getDisplayPath } from '../src/lib/diagnostics.ts';
import { readBriefs } from './report/read-briefs.ts';
import { checkSources } from './sources/check-sources.ts';
import { collectCitedSources } from './sources/cited-sources.ts';
import { checkUrl } from './sources/fetch-source.ts';
import { formatSourcesCheck } from './sources/format-sources-check.ts';
import { getLockFilePath, readSourcesLock, writeSourcesLock } from '../src/lib/sources-lock.ts';

const { values } = parseArgs({
  options: {
    update: { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '4' },
    timeout: { type: 'string', default: '15' },
    retries: { type: 'string', default: '2' },
  },
});

/** A numeric option, or an exit with a usage line when it is not a number of at least `min`. */
function readNumber(name: string, text: string, min: number): number {
  const value = Number(text);
  if (Number.isFinite(value) && value >= min) return value;
  console.error(`--${name} must be a number of at least ${min}, not "${text}"`);
  process.exit(1);
}

const projectRoot = process.cwd();
const briefsDir = resolveBriefsDir(projectRoot);
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const siteUrl = process.env.SITE_URL || DEFAULT_SITE_URL;
const userAgent = `FootnotedSourceCheck/${version} (+${siteUrl}; checks that the sources cited in news briefs are online)`;
const displayPath = (file: string) => getDisplayPath(file, projectRoot);

const { briefs, problems } = await readBriefs(briefsDir);
for (const problem of problems) console.error(formatDiagnostic(problem, projectRoot));
const sources = collectCitedSources(briefs);
const settings = {
  fetch: globalThis.fetch,
  userAgent,
  timeoutMs: readNumber('timeout', values.timeout, 0.001) * 1000,
  retries: Math.floor(readNumber('retries', values.retries, 0)),
  backoffMs: 1000,
  sleep: (ms: number) => sleep(ms),
  maxBytes: 5 * 2 ** 20,
};
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
console.log(`Checking ${plural(sources.length, 'source')} of ${plural(briefs.length, 'brief')}…`);
const result = await checkSources({
  urls: sources.map((source) => source.url),
  previous: readSourcesLock(briefsDir),
  today: new Date().toISOString().slice(0, 10),
  update: values.update,
  check: (url) => checkUrl(url, settings),
  concurrency: Math.floor(readNumber('concurrency', values.concurrency, 1)),
});
console.log(formatSourcesCheck({ result, sources, displayPath }).join('\n'));
if (!result.offline) {
  const written = writeSourcesLock(briefsDir, result.lock);
  console.log(`${written ? 'Wrote' : 'Unchanged:'} ${displayPath(getLockFilePath(briefsDir))}`);
}
const dead = result.outcomes.some((outcome) => outcome.verdict === 'dead');
process.exitCode = result.offline ? 2 : dead || problems.length > 0 ? 1 : 0;
