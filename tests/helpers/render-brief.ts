import { markdownConfigDefaults, parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CITATION_STYLE } from '../../src/consts.ts';
import { footnotedProcessor, getPipelineSettings, type PipelineSettings } from '../../src/plugins/index.ts';
import { RENDER_DATA_KEY, type RenderData } from '../../src/render-data/types.ts';

/** A brief rendered as Astro's content layer keeps it: its HTML, its metadata and the render data in it. */
export interface RenderedBrief {
  html: string;
  metadata: Record<string, unknown>;
  renderData: RenderData | undefined;
}

/**
 * Renders a brief's text exactly as Astro's content layer does: frontmatter parsed by Astro's own parser, the
 * body trimmed, and the site's Markdown processor (the one astro.config.mjs uses) built from `settings`.
 */
export async function renderBriefText(
  text: string,
  { settings = {}, path = '/briefs/test.md' }: { settings?: Partial<PipelineSettings>; path?: string } = {},
): Promise<RenderedBrief> {
  const processor = footnotedProcessor({ ...getPipelineSettings(CITATION_STYLE, {}), ...settings });
  const renderer = await processor.createRenderer({ ...markdownConfigDefaults, syntaxHighlight: false });
  const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  const result = await renderer.render(parsed.content.trim(), {
    frontmatter: parsed.frontmatter,
    fileURL: pathToFileURL(path),
  });
  const metadata: Record<string, unknown> = result.metadata;
  return { html: result.code, metadata, renderData: metadata[RENDER_DATA_KEY] as RenderData | undefined };
}

/** Renders a brief file from disk; see renderBriefText. */
export function renderBriefFile(
  path: string,
  settings: Partial<PipelineSettings> = {},
): Promise<RenderedBrief> {
  return renderBriefText(readFileSync(path, 'utf8'), { settings, path });
}
