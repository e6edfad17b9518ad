import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A digest of everything that decides how a brief renders: the code of the Markdown pipeline (src/plugins/)
 * and the exact versions of the packages it runs (package-lock.json).
 *
 * Why: Astro keeps each brief's rendered HTML in its content cache and renders it again only when the brief's
 * file or Astro's config changes. It cannot see plugin code, so after an upgrade of the pipeline a warm build
 * would publish stale markup. Put in the config, this digest makes such a change a config change.
 */
export function getPipelineDigest(projectRoot: string): string {
  const hash = createHash('sha256');
  const files = [...listFiles(join(projectRoot, 'src/plugins')), join(projectRoot, 'package-lock.json')];
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
