import type { BriefData } from './brief-schema.ts';
import { readRenderData, type RenderedEntry } from '../render-data/read.ts';
import { getFirstSentence } from '../citations/index.ts';
import { formatCount } from './counts.ts';
import { smartenText } from './typography.ts';

/** The few facts a list of briefs shows for each one. */
export interface BriefFacts {
  /** The title and summary as every page, feed and card shows them: with the body's typography. */
  title: string;
  summary: string;
  sourceCount: number;
}

/**
 * A brief's title, its summary (its own, or its first sentence without citations) and its number of sources.
 * The place where a brief's title and summary enter the pages, so the one place that gives them curly quotes.
 */
export function getBriefFacts(brief: RenderedEntry & { data: BriefData; body?: string }): BriefFacts {
  // Sources given as link definitions are only known once the pipeline has read the body.
  const renderData = readRenderData(brief);
  const sources = renderData?.sources ?? brief.data.sources;
  // The pipeline works the first sentence out once per brief; the body is only there in entries made by hand.
  const firstSentence = renderData?.firstSentence ?? getFirstSentence(brief.body ?? '', brief.data.lang);
  const summary = smartenText(brief.data.summary ?? firstSentence);
  return { title: smartenText(brief.data.title), summary, sourceCount: sources.length };
}

/** `1 source`, `5 sources`. */
export function formatSourceCount(count: number): string {
  return formatCount(count, 'source');
}
