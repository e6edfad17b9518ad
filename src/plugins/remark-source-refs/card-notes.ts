import { describeSingleOutlet, type BriefSource } from '../../citations/index.ts';

/** What a claim rests on: the sources its group cites, and how many the brief lists. */
export interface ClaimCoverage {
  /** The cited sources, in source-number order. */
  cited: readonly BriefSource[];
  /** How many sources the brief lists. */
  sourceCount: number;
}

/** What a card's notes call a claim that rests on one source. */
export const SINGLE_SOURCE_MARK = 'single source';

/** `2 of 5 sources`, `1 of 1 source`: how many of the brief's sources back the claim. */
export function formatCoverage({ cited, sourceCount }: ClaimCoverage): string {
  return `${cited.length} of ${sourceCount} ${sourceCount === 1 ? 'source' : 'sources'}`;
}

/**
 * The notes a source card shows above its list, in order, each a short phrase. The one place that decides
 * them: a new note (such as "single outlet") is one more entry here, and the card and its tests follow.
 */
export function getCardNotes(coverage: ClaimCoverage): string[] {
  const notes = [formatCoverage(coverage)];
  if (coverage.cited.length === 1) notes.push(SINGLE_SOURCE_MARK);
  // Several sources that are one outlet (one publisher, or one wire service behind them) are one voice.
  const singleOutlet = describeSingleOutlet(coverage.cited);
  if (singleOutlet) notes.push(singleOutlet);
  return notes;
}

/**
 * The accessible name of a claim's button, which says what it opens and how many of the brief's sources back
 * the claim (`K of M`, the site's outside contract).
 */
export function getCardButtonLabel({ cited, sourceCount }: ClaimCoverage): string {
  const subject = cited.length === 1 ? 'Single source' : 'Sources';
  return `${subject} for this claim: ${cited.length} of ${sourceCount}`;
}

/**
 * The visible text of a claim's button: none, so the button is an icon drawn by the site's CSS (a claim with
 * one source gets the `single-source` class and its own icon). Words on every such claim cluttered briefs
 * where one source per claim is the norm; the brief's header counts those claims instead.
 */
export function getInlineMark(): string | undefined {
  return undefined;
}

/** The words and accessible names of a claim's citations and card, each a function of what it labels. */
export interface Labels {
  /** Accessible name of the link to a source: `Source 3`. */
  sourceLink(sourceNumber: number): string;
  /** Accessible name of a claim's card button; it must contain `K of M` (the site's outside contract). */
  cardButton(coverage: ClaimCoverage): string;
  /** Visible text of the card button, or none (the button then shows an icon). */
  inlineMark(coverage: ClaimCoverage): string | undefined;
  /** The notes a card shows above its list, in order. */
  cardNotes(coverage: ClaimCoverage): string[];
}

/** Footnoted's own labels, in English: the default of the plugin's `labels` option. */
export const DEFAULT_LABELS: Readonly<Labels> = {
  sourceLink: (sourceNumber) => `Source ${sourceNumber}`,
  cardButton: getCardButtonLabel,
  inlineMark: getInlineMark,
  cardNotes: getCardNotes,
};
