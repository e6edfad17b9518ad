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
  /** For each source number, how many times the text cites it (its back-links). */
  citationCounts: Record<number, number>;
}

declare module 'vfile' {
  interface DataMap {
    sourceRefs: SourceRefsData;
  }
}

/** Id of the element that wraps citation group `groupIndex`. */
export function getGroupId(idPrefix: string, groupIndex: number): string {
  return `${idPrefix}cite-${groupIndex}`;
}

/** Id of the `k`-th citation (1-based) of source `sourceNumber`: the target of its k-th back-link. */
export function getNoteRefId(idPrefix: string, sourceNumber: number, k: number): string {
  return `${idPrefix}ref-${sourceNumber}-${k}`;
}

/** Id of source `sourceNumber`'s entry in the source list: the target of its citation links. */
export function getSourceEntryId(idPrefix: string, sourceNumber: number): string {
  return `${idPrefix}source-${sourceNumber}`;
}

/** Id of the heading that labels the source list. */
export function getSourceListHeadingId(idPrefix: string): string {
  return `${idPrefix}sources-heading`;
}

/**
 * Turns a file stem such as `2026-05-19-US China` into an id prefix such as `brief-2026-05-19-us-china-`:
 * lowercase letters, digits and hyphens only, so ids are safe in CSS selectors and URLs.
 */
export function createIdPrefix(stem: string | undefined): string {
  const slug = (stem ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug ? `brief-${slug}-` : 'brief-';
}
