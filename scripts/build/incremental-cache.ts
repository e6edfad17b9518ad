// Astro's incremental builds (`experimental.incrementalBuild` in astro.config.mjs) keep, in the cache folder, a
// copy of every page and a manifest of the key each copy was rendered for.
import { rmSync } from 'node:fs';
import { join } from 'node:path';

/** Astro's manifest of the previous build's pages, in the cache folder (astro/dist/core/build/incremental.js). */
export const INCREMENTAL_MANIFEST = 'incremental-build.json';

/**
 * Makes the next build render every page. Called when `astro build` fails: Astro writes each page's cached copy
 * as it renders it but the manifest only at the end, so after a failure half-way the old manifest would vouch
 * for new copies, and a page whose data went back to its old state would be restored with the new content.
 */
export function forgetIncrementalBuild(cacheDir: string): void {
  rmSync(join(cacheDir, INCREMENTAL_MANIFEST), { force: true });
}
