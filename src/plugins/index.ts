import type { RehypePlugin, RemarkPlugin } from '@astrojs/markdown-remark';
import rehypeExportRenderData from './rehype-export-render-data.ts';
import rehypeSanitizeBrief from './rehype-sanitize-brief/index.ts';
import rehypeSourceList, { type CitationStyle } from './rehype-source-list/index.ts';
import remarkQuoteCheck from './remark-quote-check/index.ts';
import remarkSmartypantsLean from './remark-smartypants-lean/index.ts';
import remarkSourceRefs from './remark-source-refs/index.ts';

/** What shapes the Markdown pipeline: the site's settings, not a brief's. */
export interface PipelineSettings {
  /** False builds without the citation stage (`FOOTNOTED_CITATIONS=off`): the benchmark's baseline only. */
  citations: boolean;
  /** CSL style of the source list. */
  citationStyle: CitationStyle;
  /** URLs that `npm run check:sources` recorded as dead (sources.lock.json): the source list says so. */
  deadUrls?: readonly string[];
  /**
   * A digest of the pipeline's code and packages (src/lib/pipeline-digest.ts). No plugin reads it: it sits in
   * the options because Astro hashes its config to decide whether its cached renders are still good.
   */
  pipelineDigest?: string;
}

/**
 * THE plugin list of Footnoted's Markdown pipeline. astro.config.mjs hands it to Astro's unified processor and
 * the tests render through the same list, so what is tested is what is published.
 *
 * Astro runs, in order: remark-parse, remark-gfm, (its smartypants, turned off here), these remark plugins,
 * remark-rehype, these rehype plugins, heading ids, rehype-raw, rehype-stringify. Raw HTML is parsed and
 * sanitized by rehype-sanitize-brief, which switches Astro's rehype-raw off.
 */
export function createPipelineOptions(settings: PipelineSettings): PipelineOptions {
  // The quote check reads the groups remark-source-refs made, so it runs right after it, in the same stage.
  const citationRemark: [RemarkPlugin, unknown][] = settings.citations
    ? [
        [remarkSourceRefs, {}],
        [remarkQuoteCheck, {}],
      ]
    : [];
  const citationRehype: [RehypePlugin, unknown][] = settings.citations
    ? [[rehypeSourceList, { style: settings.citationStyle, deadUrls: settings.deadUrls ?? [] }]]
    : [];
  return {
    // Astro's own smartypants is off: ours gives the same typography at half the cost, first of our plugins,
    // where Astro's would run.
    smartypants: false,
    remarkPlugins: [[remarkSmartypantsLean, {}], ...citationRemark],
    // The sanitizer comes after every plugin that adds markup and before the messages are exported.
    rehypePlugins: [
      ...citationRehype,
      [rehypeSanitizeBrief, {}],
      [rehypeExportRenderData, { pipelineDigest: settings.pipelineDigest }],
    ],
  };
}

/** The plugin lists, each plugin paired with its options: what Astro's `unified()` processor takes. */
export interface PipelineOptions {
  smartypants: false;
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
