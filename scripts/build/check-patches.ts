// Whether the fixes in patches/ are in node_modules. patch-package applies them after `npm install` or `npm ci`
// (the `postinstall` script); an install with `--ignore-scripts` skips it and leaves the original files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of patch-package's patches, relative to the project root. */
export const PATCHES_DIR = 'patches';

// `diff --git a/node_modules/astro/dist/x.js b/node_modules/astro/dist/x.js`: the file a patch changes.
const PATCHED_FILE = /^diff --git a\/(\S+) b\/\S+$/;

/** The patches of `projectRoot` whose added lines are not all in the files they change: not applied. */
export function findUnappliedPatches(projectRoot: string): string[] {
  const folder = join(projectRoot, PATCHES_DIR);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.patch'))
    .sort()
    .filter((name) => !isApplied(projectRoot, readFileSync(join(folder, name), 'utf8')));
}

function isApplied(projectRoot: string, patch: string): boolean {
  let fileText: string | undefined;
  for (const line of patch.split('\n')) {
    const file = PATCHED_FILE.exec(line)?.[1];
    if (file) {
      const path = join(projectRoot, file);
      fileText = existsSync(path) ? readFileSync(path, 'utf8') : '';
    } else if (line.startsWith('+') && !line.startsWith('+++') && line.trim() !== '+') {
      if (!fileText?.includes(line.slice(1))) return false;
    }
  }
  return true;
}

/** The warning `npm run build` prints for patches that are not applied; undefined when all are. */
export function getUnappliedPatchesWarning(projectRoot: string): string | undefined {
  const missing = findUnappliedPatches(projectRoot);
  if (missing.length === 0) return undefined;
  return (
    `warning: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not applied to node_modules, so the ` +
    'build runs without its fixes (slower, or with warnings). Run `npm install` (or `npm ci`) without ' +
    '--ignore-scripts, or `npx patch-package`.'
  );
}
