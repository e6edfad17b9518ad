/**
 * The ids of everything the citation stage renders. Kept in one file so that the plugins, the pages and the
 * tests cannot disagree on an id.
 */

/**
 * Id of the element that wraps citation group `groupIndex`: the place a back-link returns to. The numbers in
 * a group carry no ids of their own; every id costs bytes in every page, feed and build cache.
 */
export function getGroupId(idPrefix: string, groupIndex: number): string {
  return `${idPrefix}cite-${groupIndex}`;
}

/** Id of source `sourceNumber`'s entry in the source list: the target of its citation links. */
export function getSourceEntryId(idPrefix: string, sourceNumber: number): string {
  return `${idPrefix}source-${sourceNumber}`;
}

/**
 * Id of source card `cardIndex`: the popover that a group's button opens. Groups citing the same set of
 * sources share one card, numbered in order of first use, so a brief carries each distinct card once.
 */
export function getCardId(idPrefix: string, cardIndex: number): string {
  return `${idPrefix}card-${cardIndex}`;
}

/** Id of the heading that labels the source list. */
export function getSourceListHeadingId(idPrefix: string): string {
  return `${idPrefix}sources-heading`;
}

/**
 * A short id prefix that differs from brief to brief, e.g. `b1k9x2q-`, from the brief's file stem: several
 * briefs on one page never clash. A hash rather than the stem itself, because the prefix is repeated in every
 * citation link and back-link of the page: a 30-character stem would add kilobytes to each brief.
 */
export function createIdPrefix(stem: string | undefined): string {
  return `b${hashToBase36(stem ?? '')}-`;
}

/** FNV-1a, 32 bits, in base 36: stable across runs and machines, which ids must be. */
function hashToBase36(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}
