import type { BriefSource } from '../citations/index.ts';
import type { BriefData } from './brief-schema.ts';
import { readRenderData, type RenderedEntry } from '../render-data/read.ts';

/** A brief as the publishing modules read it: its frontmatter and its cached render. */
export type PublishedEntry = RenderedEntry & { id: string; data: BriefData; body?: string };

/**
 * A brief's sources, numbered by position: those the pipeline read (frontmatter or link definitions), else
 * the frontmatter's. Briefs whose sources are link definitions have none in their frontmatter.
 */
export function getBriefSources(brief: PublishedEntry): BriefSource[] {
  return readRenderData(brief)?.sources ?? brief.data.sources;
}
