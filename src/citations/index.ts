/**
 * The citation core: Footnoted's public face for everything about citations, used by the Markdown pipeline
 * (src/plugins), the site (src/lib, pages) and the editor tools (scripts/). Import from here, never from the
 * files behind it.
 *
 * - the grammar of citation groups (`[1, 3–5]`): the only reader of citations in the project;
 * - the source model (a brief's numbered sources, the groups, the tree node a group becomes) and its ids;
 * - facts about sources (dates, hosts, outlets);
 * - claims (a brief's sentences and what backs them) and their coverage;
 * - text facts worked out without the citations (first sentence, reading time).
 *
 * Plain TypeScript over unified's syntax trees: no Astro, no file system, network, clock or module state
 * beyond caches of the platform's segmenters.
 */
export {
  expandRanges,
  getRunNumbers,
  groupIntoRuns,
  parseSourceNumber,
  parseSourceRefs,
  removeSourceRefs,
  type ParsedSourceRefs,
  type SourceRefRange,
} from './grammar.ts';
export {
  toBriefSources,
  type BriefSource,
  type SourceRefGroup,
  type SourceRefGroupNode,
  type SourceRefsData,
} from './model.ts';
export { createIdPrefix, getCardId, getGroupId, getSourceEntryId, getSourceListHeadingId } from './ids.ts';
export { getSourceDateParts } from './source-dates.ts';
export { formatSourceDate, getSourceDomain, MONTH_NAMES } from './source-facts.ts';
export {
  describeSingleOutlet,
  getSharedOutletName,
  groupByOutlet,
  isSingleOutlet,
  normaliseOutletName,
  type OutletFields,
} from './outlets.ts';
export { advancePoint, createTextLocator, type TextLocator } from './locate/locate-text.ts';
export {
  collectClaims,
  locateAnchor,
  toCitedSentences,
  type Anchor,
  type CitedSentence,
  type Claim,
  type CollectSettings,
  type Coverage,
  type Quotation,
} from './claims/index.ts';
export { getSentenceSegmenter, getWordSegmenter } from './segmenters.ts';
export { getFirstSentence } from './text-facts/first-sentence.ts';
export { countWords, getReadingMinutes, WORDS_PER_MINUTE } from './text-facts/reading-time.ts';
