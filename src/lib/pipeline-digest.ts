import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * A digest of everything that decides how a brief renders: the code of the Markdown pipeline (src/plugins/ and
 * every project file it imports, such as src/citations/ and src/render-data/), of the loader that runs it and
 * stores its output (src/loaders/), and the exact versions of the packages it runs (package-lock.json).
 *
 * Why: Astro keeps each brief's rendered HTML in its content cache and renders it again only when the brief's
 * file or Astro's config changes. It cannot see plugin code, so after an upgrade of the pipeline a warm build
 * would publish stale markup. Put in the config, this digest makes such a change a config change.
 */
export function getPipelineDigest(projectRoot: string): string {
  return getCodeDigest(projectRoot, ['src/plugins', 'src/loaders']);
}

/**
 * A digest of the code in `folders` (relative to the project root), every project file it imports, and
 * package-lock.json: it changes whenever that code or a locked package does.
 */
export function getCodeDigest(projectRoot: string, folders: readonly string[]): string {
  const hash = createHash('sha256');
  const code = withLocalImports(folders.flatMap((folder) => listFiles(join(projectRoot, folder))));
  const files = [...code, join(projectRoot, 'package-lock.json')];
  for (const file of files.filter((path) => existsSync(path))) {
    hash.update(relative(projectRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

// A relative import or export in TypeScript or JavaScript: `from './x.ts'`, `import './x.ts'`, `import('./x.ts')`.
const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** `files` and every file they import by a relative path, directly or through one another; sorted. */
function withLocalImports(files: readonly string[]): string[] {
  const found = new Set(files);
  const queue = [...files];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (!/\.[cm]?[jt]s$/.test(file)) continue;
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const imported = resolve(dirname(file), specifier);
      if (found.has(imported) || !existsSync(imported) || !statSync(imported).isFile()) continue;
      found.add(imported);
      queue.push(imported);
    }
  }
  return [...found].sort();
}
