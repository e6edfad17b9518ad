import type { RehypePlugin, RemarkPlugin } from '@astrojs/markdown-remark';
import rehypeExportRenderData from './rehype-export-render-data.ts';
import rehypeSourceList, { type CitationStyle } from './rehype-source-list/index.ts';
import remarkSourceRefs from './remark-source-refs/index.ts';

/** What shapes the Markdown pipeline: the site's settings, not a brief's. */
export interface PipelineSettings {
  /** False builds without the citation stage (`FOOTNOTED_CITATIONS=off`): the benchmark's baseline only. */
  citations: boolean;
  /** CSL style of the source list. */
  citationStyle: CitationStyle;
}

/**
 * THE plugin list of Footnoted's Markdown pipeline. astro.config.mjs hands it to Astro's unified processor and
 * the tests render through the same list, so what is tested is what is published.
 *
 * Astro runs, in order: remark-parse, remark-gfm, smartypants, these remark plugins, remark-rehype, these
 * rehype plugins, heading ids, rehype-raw, rehype-stringify.
 */
export function createPipelineOptions(settings: PipelineSettings): PipelineOptions {
  const citationRemark: [RemarkPlugin, unknown][] = settings.citations ? [[remarkSourceRefs, {}]] : [];
  const citationRehype: [RehypePlugin, unknown][] = settings.citations
    ? [[rehypeSourceList, { style: settings.citationStyle }]]
    : [];
  return {
    remarkPlugins: citationRemark,
    rehypePlugins: [...citationRehype, [rehypeExportRenderData, {}]],
  };
}

/** The plugin lists, each plugin paired with its options: what Astro's `unified()` processor takes. */
export interface PipelineOptions {
  remarkPlugins: [RemarkPlugin, unknown][];
  rehypePlugins: [RehypePlugin, unknown][];
}

/** Reads the pipeline settings from the environment (`FOOTNOTED_CITATIONS=off`) and the site config. */
export function getPipelineSettings(
  citationStyle: CitationStyle,
  env: NodeJS.ProcessEnv = process.env,
): PipelineSettings {
  return { citations: env.FOOTNOTED_CITATIONS !== 'off', citationStyle };
}
