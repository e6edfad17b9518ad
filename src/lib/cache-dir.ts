import { isAbsolute, resolve } from 'node:path';

/** Astro's cache folder when `FOOTNOTED_CACHE_DIR` is not set, relative to the project root (Astro's default). */
export const DEFAULT_CACHE_DIR = 'node_modules/.astro';

/**
 * Absolute folder of Astro's caches (rendered briefs, and the pages incremental builds reuse):
 * `FOOTNOTED_CACHE_DIR` (tests and the benchmark give each build its own), relative paths taken from the
 * project root, or the default.
 */
export function resolveCacheDir(projectRoot: string, cacheDir = process.env.FOOTNOTED_CACHE_DIR): string {
  const folder = cacheDir?.trim() || DEFAULT_CACHE_DIR;
  return isAbsolute(folder) ? folder : resolve(projectRoot, folder);
}
