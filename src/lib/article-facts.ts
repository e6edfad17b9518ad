import { getReadingMinutes, getSourceListHeadingId } from '../citations/index.ts';
import { getBriefFacts } from './brief-facts.ts';
import type { BriefData } from './brief-schema.ts';
import { readRenderData, type RenderedEntry } from '../render-data/read.ts';
import { getBriefProse, smartenText, type BriefProse } from './typography.ts';

/** What a brief's page shows about it around its text; its byline, editor's note and corrections typeset. */
export interface ArticleFacts extends BriefProse {
  /** The headline, with the body's typography (as in getBriefFacts). */
  title: string;
  /** The editor's own summary, shown as the dek; none when the brief has none (see getArticleFacts). */
  dek: string | undefined;
  readingMinutes: number;
  sourceCount: number;
  /** `#…sources-heading`: where the page's source list starts; none when the page has no list. */
  sourceListHref: string | undefined;
  /** How many of the brief's claims rest on one source, of how many; none when no claim does. */
  singleSourceClaims: { count: number; of: number } | undefined;
}

/** The part of a collection entry these facts are read from. */
export type ArticleEntry = RenderedEntry & { data: BriefData; body?: string };

/**
 * The facts of a brief's page. The dek is only ever the editor's `summary`: the list pages fall back on the
 * first sentence, but under the headline that would print the brief's first sentence twice in a row.
 */
export function getArticleFacts(brief: ArticleEntry): ArticleFacts {
  const { title, sourceCount } = getBriefFacts(brief);
  // The citation stage records the brief's id prefix; without it (FOOTNOTED_CITATIONS=off) there is no list.
  const idPrefix = readRenderData(brief)?.idPrefix;
  const listed = idPrefix !== undefined && sourceCount > 0;
  return {
    ...getBriefProse(brief.data),
    title,
    dek: brief.data.summary === undefined ? undefined : smartenText(brief.data.summary),
    readingMinutes:
      readRenderData(brief)?.readingMinutes ?? getReadingMinutes(brief.body ?? '', brief.data.lang),
    sourceCount,
    sourceListHref: listed ? `#${getSourceListHeadingId(idPrefix)}` : undefined,
    singleSourceClaims: countSingleSourceClaims(brief),
  };
}

/**
 * The claims that rest on one source, counted once for the whole brief: the header says it in words, and the
 * text marks each such claim only with a quieter button, so briefs where one source per claim is the norm stay
 * readable.
 */
function countSingleSourceClaims(brief: ArticleEntry): ArticleFacts['singleSourceClaims'] {
  const renderData = readRenderData(brief);
  const count = (renderData?.citedSentences ?? []).filter((sentence) => sentence.refs.length === 1).length;
  return count > 0 ? { count, of: renderData?.claimCount ?? count } : undefined;
}

/** `8 of 11 claims rest on a single source`, `1 of 14 claims rests on a single source`. */
export function formatSingleSourceClaims({ count, of }: { count: number; of: number }): string {
  return `${count} of ${of} claims ${count === 1 ? 'rests' : 'rest'} on a single source`;
}
