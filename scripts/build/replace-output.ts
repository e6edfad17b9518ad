// Where a build is staged, and how the finished site takes the place of the old one, never leaving neither.
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Makes the staging folder a build writes into: in the project's `.astro/`, named after the output folder.
 * Why there: Astro needs its server chunks inside the project (they import its packages), and puts them in
 * `<outDir>/.prerender/` when the output is inside the project but in one shared `.astro/.prerender/`
 * otherwise, where two builds at once would overwrite each other's; and Tailwind scans every folder of the
 * project that .gitignore does not list for class names, so a half-built site anywhere else could change
 * the CSS. In the usual case (dist/ in the project) the final step is a rename on one file system.
 */
export function makeStagingDir(outDir: string, projectRoot: string): string {
  const parent = join(projectRoot, '.astro');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, `.${basename(outDir)}.building-`));
}

/**
 * Puts the finished `stagingDir` in place of `outDir`: the old output is renamed aside, the new one renamed in,
 * then the old one deleted. A staging folder on another file system than the output is first copied beside
 * it, so that the site is replaced by a rename either way. If the new site cannot be moved in, the old one is
 * renamed back before the error is rethrown: `outDir` always holds one complete site.
 */
export function replaceOutput(stagingDir: string, outDir: string): void {
  mkdirSync(dirname(outDir), { recursive: true });
  const ready = isOnSameFileSystem(stagingDir, dirname(outDir)) ? stagingDir : copyBeside(stagingDir, outDir);
  const aside = join(dirname(outDir), `.${basename(outDir)}.old-${basename(ready).slice(-6)}`);
  const hadOutput = existsSync(outDir);
  if (hadOutput) renameSync(outDir, aside);
  try {
    renameSync(ready, outDir);
  } catch (error) {
    if (hadOutput) renameSync(aside, outDir);
    discardStaging(ready);
    throw error;
  }
  if (hadOutput) rmSync(aside, { recursive: true, force: true });
}

/** Deletes a staging folder after a failed build; the output folder is never touched. */
export function discardStaging(stagingDir: string): void {
  rmSync(stagingDir, { recursive: true, force: true });
}

function isOnSameFileSystem(path: string, folder: string): boolean {
  return !existsSync(path) || statSync(path).dev === statSync(folder).dev;
}

// Copies the site into a new hidden folder beside the output, and deletes the staging folder.
function copyBeside(stagingDir: string, outDir: string): string {
  const beside = mkdtempSync(join(dirname(outDir), `.${basename(outDir)}.building-`));
  try {
    cpSync(stagingDir, beside, { recursive: true });
  } catch (error) {
    discardStaging(beside);
    throw error;
  }
  discardStaging(stagingDir);
  return beside;
}
