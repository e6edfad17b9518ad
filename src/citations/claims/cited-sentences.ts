/**
 * The claims of a brief as the per-outlet pages need them: each sentence's text, the sources that back it, and
 * the citation group a reader should be taken to. The sentences and their coverage come from the claims module
 * (./claims/, via `file.data.claims`), so the outlet pages, the sourcing report and the quote check agree on
 * what a sentence is and what backs it.
 *
 * Plain data in, plain data out: no Astro import, no file system, network, clock or module state.
 */
import type { Claim, Coverage } from './index.ts';
import type { SourceRefGroup } from '../model.ts';

/** One claim of a brief, small enough to keep with every brief's cached render. */
export interface CitedSentence {
  /** The sentence as a reader reads it, citation groups left out. */
  text: string;
  /** Backed by a group of its own, by the group that closes its paragraph, or by none. */
  coverage: Coverage;
  /** The source numbers that back it, ascending; empty when nothing does. */
  refs: number[];
  /** Index of the group to link to (its own first group, or the one that closes its paragraph), if any. */
  group: number | undefined;
}

/** Every claim of a brief, in document order, with the group that backs it. */
export function toCitedSentences(
  claims: readonly Claim[],
  groups: readonly SourceRefGroup[],
): CitedSentence[] {
  let lastGroup = 0;
  return claims.map((claim) => {
    const group = claim.groups[0] ?? findClosingGroup(claim, groups, lastGroup);
    lastGroup = Math.max(lastGroup, ...claim.groups);
    return { text: claim.text, coverage: claim.coverage, refs: [...claim.sources], group };
  });
}

/**
 * The group that closes the paragraph of a claim backed by it: the first group after the ones already read
 * whose sources are the claim's. (Several closing groups in a row back the claim together; the first is where
 * a reader sees them.)
 */
function findClosingGroup(
  claim: Claim,
  groups: readonly SourceRefGroup[],
  after: number,
): number | undefined {
  if (claim.coverage !== 'paragraph') return undefined;
  const later = groups.filter((group) => group.index > after);
  const same = later.find((group) => sameNumbers(group.refs, claim.sources));
  return (same ?? later.find((group) => group.refs.some((ref) => claim.sources.includes(ref))))?.index;
}

function sameNumbers(refs: readonly number[], sources: readonly number[]): boolean {
  const unique = [...new Set(refs)].sort((a, b) => a - b);
  return unique.length === sources.length && unique.every((ref, index) => ref === sources[index]);
}
