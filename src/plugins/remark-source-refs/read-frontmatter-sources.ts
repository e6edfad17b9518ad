import type { VFile } from 'vfile';
import type { BriefSource } from '../../citations/model.ts';

/**
 * Reads `file.data.astro.frontmatter.sources`: where Astro's Markdown processor puts a brief's frontmatter.
 * Read as unknown data rather than through Astro's types, so that the plugin does not depend on Astro.
 */
export function getAstroFrontmatterSources(file: VFile): unknown {
  const astro = getField(file.data, 'astro');
  return getField(getField(astro, 'frontmatter'), 'sources');
}

/**
 * Turns frontmatter `sources` into BriefSource objects. The schema validates them elsewhere, so this only
 * guards: anything but an array means no sources, and a malformed entry keeps its place (empty strings), so
 * that the numbers of the entries after it do not shift.
 */
export function toBriefSources(value: unknown): BriefSource[] {
  return Array.isArray(value) ? value.map(toBriefSource) : [];
}

function toBriefSource(entry: unknown): BriefSource {
  const source: BriefSource = {
    title: getString(entry, 'title') ?? '',
    publisher: getString(entry, 'publisher') ?? '',
    url: getString(entry, 'url') ?? '',
  };
  for (const key of ['author', 'agency', 'archiveUrl'] as const) {
    const text = getString(entry, key);
    if (text !== undefined) source[key] = text;
  }
  for (const key of ['date', 'accessed'] as const) {
    const date = getField(entry, key);
    if (typeof date === 'string' || date instanceof Date) source[key] = date;
  }
  return source;
}

function getField(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function getString(value: unknown, key: string): string | undefined {
  const field = getField(value, key);
  return typeof field === 'string' ? field : undefined;
}
