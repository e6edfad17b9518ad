/**
 * The render data: what the Markdown pipeline learnt about a brief that the pages and the build need, kept with
 * the brief's cached render. One typed module carries it from the pipeline to the pages: this file says what
 * it is, ./write.ts puts it in a rendered entry, ./read.ts reads it back, validated.
 */
import type { BriefSource, CitedSentence } from '../citations/index.ts';

/** A pipeline message as it is kept with a rendered brief: plain data, positions relative to the body. */
export interface ExportedMessage {
  reason: string;
  ruleId: string | undefined;
  severity: 'error' | 'warning';
  line: number | undefined;
  column: number | undefined;
  /** Source number of an `uncited-source` warning, so the checker can point at that source's frontmatter. */
  sourceNumber: number | undefined;
}

/** What the pipeline learnt about a brief and the pages need: kept with its cached render. */
export interface RenderData {
  messages: ExportedMessage[];
  /**
   * The brief's sources when they came from link definitions at the end of its body; undefined when they are
   * in its frontmatter (the entry's data has them already) or without the citation stage.
   */
  sources: BriefSource[] | undefined;
  /** Prefix of the brief's ids (see src/citations/ids.ts); undefined without the citation stage. */
  idPrefix?: string | undefined;
  /** The brief's sentences that sources back, with what backs them: the per-outlet pages quote them. */
  citedSentences?: CitedSentence[] | undefined;
  /** Number of claims (sentences) in the brief, backed or not. */
  claimCount?: number | undefined;
  /** The body's first sentence without its citations: the summary where the editor wrote none. */
  firstSentence: string;
  /** Whole minutes it takes to read the body, at least 1. */
  readingMinutes: number;
}

/**
 * The key of the render data in a rendered entry's `metadata` (`entry.rendered.metadata.footnoted`): a slot of
 * its own beside Astro's `headings` and `frontmatter`, which Astro's content layer stores as it is given.
 */
export const RENDER_DATA_KEY = 'footnoted';

declare module 'vfile' {
  interface DataMap {
    /** The render data of the brief; set by rehype-export-render-data, the pipeline's last plugin. */
    renderData: RenderData;
  }
}
