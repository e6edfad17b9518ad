import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `sources.lock.json`, inside the briefs folder: what `npm run check:sources` recorded about each source URL.
 * Committed with the briefs, so the build (which never touches the network) can say which sources are dead,
 * and the next check can tell what changed. Written sorted and with fixed field order, so that an unchanged
 * check leaves it byte for byte the same and a changed one gives a small diff.
 */

/** The file's name inside the briefs folder. */
export const LOCK_FILE_NAME = 'sources.lock.json';

/** What the last check found: online, dead (gone, or failing after retries), or refused to the checker. */
export type SourceState = 'live' | 'dead' | 'unverified';

/** What is recorded about one source URL. */
export interface LockEntry {
  state: SourceState;
  /** HTTP status of the latest answer; null when none came (a timeout, a network error). */
  status: number | null;
  /** Why there was no answer, e.g. `no answer within 15 s`; only when `status` is null. */
  error?: string;
  /** The address the URL led to, redirects followed, when it was recorded. */
  finalUrl: string | null;
  /** Fingerprint of the page's main text when it was recorded, e.g. `sha256:3f5…`; null if never read. */
  fingerprint: string | null;
  /** Day `finalUrl` and `fingerprint` were recorded, `YYYY-MM-DD`; null if never read. */
  recorded: string | null;
}

/** The whole lock file. */
export interface SourcesLock {
  sources: Record<string, LockEntry>;
}

const NOTE = 'Written by `npm run check:sources`: what each source showed when it was checked. Commit it.';

/** Path of the lock file of a briefs folder. */
export function getLockFilePath(briefsDir: string): string {
  return join(briefsDir, LOCK_FILE_NAME);
}

/** Reads the lock file; none yet is an empty lock. A file that is not a lock file is an error that says so. */
export function readSourcesLock(briefsDir: string): SourcesLock {
  const path = getLockFilePath(briefsDir);
  if (!existsSync(path)) return { sources: {} };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { sources?: unknown };
    if (typeof parsed.sources !== 'object' || parsed.sources === null) throw new Error('it has no "sources"');
    return { sources: parsed.sources as Record<string, LockEntry> };
  } catch (error) {
    // One line, whatever the parser says: messages are one line each.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    throw new Error(`${path} is not a valid lock file (${reason}): run npm run check:sources to rewrite it`, {
      cause: error,
    });
  }
}

/** The URLs the lock file records as dead, sorted: what the source lists mark as no longer online. */
export function readDeadSourceUrls(briefsDir: string): string[] {
  const { sources } = readSourcesLock(briefsDir);
  return Object.keys(sources)
    .filter((url) => sources[url]?.state === 'dead')
    .sort();
}

/** The lock file's text: URLs sorted, fields in a fixed order, two-space indents, a final newline. */
export function serialiseSourcesLock(lock: SourcesLock): string {
  const urls = Object.keys(lock.sources).sort();
  const sources = Object.fromEntries(urls.map((url) => [url, orderFields(lock.sources[url])]));
  return `${JSON.stringify({ note: NOTE, sources }, null, 2)}\n`;
}

function orderFields(entry: LockEntry | undefined): LockEntry | undefined {
  if (!entry) return undefined;
  const { state, status, error, finalUrl, fingerprint, recorded } = entry;
  return { state, status, ...(error === undefined ? {} : { error }), finalUrl, fingerprint, recorded };
}

/** Writes the lock file when its text changes; returns whether it did. */
export function writeSourcesLock(briefsDir: string, lock: SourcesLock): boolean {
  const path = getLockFilePath(briefsDir);
  const text = serialiseSourcesLock(lock);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(path, text);
  return true;
}
