import type { VFile } from 'vfile';

/**
 * Reads `file.data.astro.frontmatter.sources`: where Astro's Markdown processor puts a brief's frontmatter.
 * Read as unknown data rather than through Astro's types, so that the plugin does not depend on Astro.
 */
export function getAstroFrontmatterSources(file: VFile): unknown {
  const astro = getField(file.data, 'astro');
  return getField(getField(astro, 'frontmatter'), 'sources');
}

function getField(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
