import type { BriefData } from './brief-schema.ts';
import { readRenderData, type RenderedEntry } from '../render-data/read.ts';
import { getFirstSentence } from '../citations/index.ts';
import { formatCount } from './counts.ts';

/** The few facts a list of briefs shows for each one. */
export interface BriefFacts {
  summary: string;
  sourceCount: number;
}

/** A brief's summary (its own, or its first sentence without citations) and its number of sources. */
export function getBriefFacts(brief: RenderedEntry & { data: BriefData; body?: string }): BriefFacts {
  // Sources given as link definitions are only known once the pipeline has read the body.
  const renderData = readRenderData(brief);
  const sources = renderData?.sources ?? brief.data.sources;
  // The pipeline works the first sentence out once per brief; the body is only there in entries made by hand.
  const firstSentence = renderData?.firstSentence ?? getFirstSentence(brief.body ?? '', brief.data.lang);
  return { summary: brief.data.summary ?? firstSentence, sourceCount: sources.length };
}

/** `1 source`, `5 sources`. */
export function formatSourceCount(count: number): string {
  return formatCount(count, 'source');
}
