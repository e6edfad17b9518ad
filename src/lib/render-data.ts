import { RENDER_DATA_KEY, type RenderData } from '../plugins/rehype-export-render-data.ts';

/** The part of a collection entry that holds its cached render (Astro types metadata loosely). */
export interface RenderedEntry {
  rendered?: { metadata?: Record<string, unknown> };
}

/** What the Markdown pipeline recorded about a brief when it rendered it (see rehype-export-render-data). */
export function getRenderData(entry: RenderedEntry): RenderData | undefined {
  const frontmatter = entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined;
  return frontmatter?.[RENDER_DATA_KEY] as RenderData | undefined;
}
