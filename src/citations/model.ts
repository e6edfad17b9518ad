/**
 * The data that the citation stage hands from the remark plugin (`remark-source-refs`) to the rehype plugin
 * (`rehype-source-list`) through `file.data.sourceRefs`, and the ids both of them build.
 *
 * Kept in one file so that the two plugins, and the tests, cannot disagree on an id.
 */

/** One numbered source of a brief: its position in the list, plus one, is its number. */
export interface BriefSource {
  title: string;
  publisher: string;
  url: string;
  /** Publication date of the source: a Date (YAML timestamp) or an ISO string. */
  date?: Date | string;
  author?: string;
  /** Wire service behind the story, e.g. AFP. */
  agency?: string;
  archiveUrl?: string;
  accessed?: Date | string;
}

/** One bracket group in the text, such as `[1, 3–5]`. */
export interface SourceRefGroup {
  /** 1-based position of the group in the document. */
  index: number;
  /** Source numbers in the order written, ranges expanded: `[1, 3–5]` gives [1, 3, 4, 5]. */
  refs: number[];
}

/** What the remark stage found; the rehype stage renders the source list from it. */
export interface SourceRefsData {
  /** Prefix of every id of this brief, e.g. `brief-x-`: several briefs on one page never clash. */
  idPrefix: string;
  /** The brief's sources; `sources[n - 1]` is source n. */
  sources: BriefSource[];
  /** Every valid group, in document order. */
  groups: SourceRefGroup[];
  /** For each source number, the indexes of the groups that cite it, in document order: its back-links. */
  citingGroups: Record<number, number[]>;
}

declare module 'vfile' {
  interface DataMap {
    sourceRefs: SourceRefsData;
  }
}

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
