import type { MarkdownHeading, MarkdownRenderResult } from '@astrojs/markdown-remark';
import type { VFile } from 'vfile';
import { RENDER_DATA_KEY, type RenderData } from './types.ts';

/** The `metadata` of a rendered entry: Astro's fields, and the render data under RENDER_DATA_KEY. */
export type RenderedMetadata = MarkdownRenderResult['metadata'] & { [RENDER_DATA_KEY]?: RenderData };

/**
 * The `rendered.metadata` of a brief the pipeline has processed: Astro's own fields (headings, image paths) and
 * the render data under RENDER_DATA_KEY. What the site's Markdown processor returns to Astro's loader, and
 * what a loader of our own would pass to `store.set({ rendered: { html, metadata } })`.
 *
 * `frontmatter` is left empty: Astro copies it here by default, but the entry's `data` already holds the
 * validated frontmatter, and a second copy of every brief's sources would only weigh on every build.
 */
export function toRenderedMetadata(file: VFile): RenderedMetadata {
  const astro = file.data.astro as
    { headings?: unknown[]; localImagePaths?: string[]; remoteImagePaths?: string[] } | undefined;
  const renderData: RenderData | undefined = file.data.renderData;
  return {
    // Typed loosely by another vfile augmentation (Astro's Sätteri processor): the headings are Astro's own.
    headings: (astro?.headings ?? []) as MarkdownHeading[],
    localImagePaths: astro?.localImagePaths ?? [],
    remoteImagePaths: astro?.remoteImagePaths ?? [],
    frontmatter: {},
    ...(renderData ? { [RENDER_DATA_KEY]: renderData } : {}),
  };
}
