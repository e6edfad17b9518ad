import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import type { CitationStyle } from './rehype-source-list/index.ts';

/**
 * What shapes the Markdown pipeline: the site's settings, not a brief's. Plain serializable data, so that a
 * worker thread can build the same processor from a copy, and Astro can hash it into its config digest.
 */
export interface PipelineSettings {
  /** False builds without the citation stage (`FOOTNOTED_CITATIONS=off`): the benchmark's baseline only. */
  citations: boolean;
  /** Style of the source list: `news`, or a CSL style. */
  citationStyle: CitationStyle;
  /** URLs that `npm run check:sources` recorded as dead (sources.lock.json): the source list says so. */
  deadUrls?: readonly string[] | undefined;
  /**
   * A digest of the pipeline's code and packages (src/lib/pipeline-digest.ts). No plugin reads it: it sits in
   * the settings because Astro hashes its config to decide whether its cached renders are still good.
   */
  pipelineDigest?: string | undefined;
  /** Astro's `image` config, for the image plugins of the render stop (`remote` patterns and domains). */
  image?: AstroMarkdownOptions['image'];
}

/** Reads the pipeline settings from the environment (`FOOTNOTED_CITATIONS=off`) and the site config. */
export function getPipelineSettings(
  citationStyle: CitationStyle,
  env: NodeJS.ProcessEnv = process.env,
): PipelineSettings {
  return { citations: env.FOOTNOTED_CITATIONS !== 'off', citationStyle };
}
