import { slug as githubSlug } from 'github-slugger';
import { extname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob as tinyglobby } from 'tinyglobby';

/** Which files are briefs: the pattern the site used with Astro's `glob()` loader. */
export const BRIEF_PATTERN = '**/*.md';

/**
 * The briefs under `baseDir`, as paths relative to it (posix separators), in the order Astro's `glob()` loader
 * finds them: the same globbing package with the same options, so the same files (no dot-files or dot-folders)
 * come in the same order, and the content store holds them in the same order.
 */
export function listBriefFiles(baseDir: URL): Promise<string[]> {
  return tinyglobby(BRIEF_PATTERN, { cwd: fileURLToPath(baseDir), expandDirectories: false });
}

/**
 * Whether a path relative to the briefs folder (posix separators) is one that listBriefFiles lists: what the
 * dev server's watcher events are filtered with. `**` and `*` match no segment that starts with a dot, and the
 * extension is case-sensitive, as in picomatch, which `glob()` filters its watcher events with.
 */
export function isBriefFile(entry: string): boolean {
  if (!entry.endsWith('.md')) return false;
  return entry.split('/').every((segment) => segment !== '' && !segment.startsWith('.'));
}

/** The file URL of a brief, from its path relative to the briefs folder, built as `glob()` builds it. */
export function getBriefUrl(entry: string, baseDir: URL): URL {
  return new URL('./' + encodeURI(entry), baseDir);
}

/**
 * A brief's id, exactly as Astro's `glob()` loader gives it by default (its `generateIdDefault`): a `slug` in the
 * frontmatter wins; otherwise the path from the briefs folder without the extension, each segment slugged as
 * GitHub slugs headings (lowercased, spaces as `-`, most punctuation dropped), a final `/index` dropped.
 * Astro's own helper for this (`getContentEntryIdAndSlug`) is not among the package's exports.
 */
export function getBriefId(entry: string, baseDir: URL, data: Record<string, unknown>): string {
  if (data.slug) return String(data.slug);
  const relativePath = relative(fileURLToPath(baseDir), fileURLToPath(getBriefUrl(entry, baseDir)));
  // The extension's dot unescaped, as in Astro.
  const withoutExtension = relativePath.replace(new RegExp(extname(relativePath) + '$'), '');
  return withoutExtension
    .split(sep)
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}
