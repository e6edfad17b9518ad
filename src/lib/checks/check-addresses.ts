import { slug } from 'github-slugger';
import { relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';

/**
 * The id Astro's glob loader gives a brief file (its page is `/briefs/<id>/`): each folder and the file name,
 * without `.md`, through GitHub's slugger (lowercase, spaces as `-`, punctuation dropped), and a trailing
 * `/index` dropped. The same steps as Astro's `getContentEntryIdAndSlug`.
 */
export function getBriefId(briefsDir: string, file: string): string {
  const path = relative(briefsDir, file).replace(/\.md$/, '');
  return path
    .split(sep)
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

/**
 * Reports every brief whose address another brief would take too. Astro keeps only one of them and merely
 * logs a warning, so a brief would vanish from the site; each file of a clash gets an error naming the others.
 */
export function checkAddresses(briefsDir: string, files: readonly string[]): Diagnostic[] {
  const filesById = new Map<string, string[]>();
  for (const file of files) {
    const id = getBriefId(briefsDir, file);
    filesById.set(id, [...(filesById.get(id) ?? []), file]);
  }
  const diagnostics: Diagnostic[] = [];
  for (const [id, clashing] of filesById) {
    if (clashing.length < 2) continue;
    for (const file of clashing) {
      const others = clashing
        .filter((other) => other !== file)
        .map((other) => `"${relative(briefsDir, other).split(sep).join('/')}"`);
      const message = `${others.join(', ')} would publish at the same address, /briefs/${id}/: rename one of the files`;
      diagnostics.push({ file, line: 1, column: 1, severity: 'error', message });
    }
  }
  return diagnostics;
}
