/**
 * The citation model: a brief's numbered sources, the groups that cite them, the tree node a group becomes,
 * and the data the citation stage leaves in `file.data.sourceRefs`.
 */
import type { ElementContent, Properties } from 'hast';
import type { Data, Node } from 'mdast';

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

/** A citation group in the syntax tree, between remark-source-refs and remark-rehype; `data` renders it. */
export interface SourceRefGroupNode extends Node {
  type: 'sourceRefGroup';
  data: Data & { hName: string; hProperties: Properties; hChildren: ElementContent[] };
}

declare module 'mdast' {
  interface PhrasingContentMap {
    sourceRefGroup: SourceRefGroupNode;
  }
  interface RootContentMap {
    sourceRefGroup: SourceRefGroupNode;
  }
}

declare module 'vfile' {
  interface DataMap {
    sourceRefs: SourceRefsData;
  }
}

/**
 * Turns frontmatter `sources` into BriefSource objects. The schema validates them elsewhere, so this only
 * guards: anything but an array means no sources, and a malformed entry keeps its place (empty strings), so
 * that the numbers of the entries after it do not shift.
 */
export function toBriefSources(value: unknown): BriefSource[] {
  return Array.isArray(value) ? value.map(toBriefSource) : [];
}

function toBriefSource(entry: unknown): BriefSource {
  const source: BriefSource = {
    title: getString(entry, 'title') ?? '',
    publisher: getString(entry, 'publisher') ?? '',
    url: getString(entry, 'url') ?? '',
  };
  for (const key of ['author', 'agency', 'archiveUrl'] as const) {
    const text = getString(entry, key);
    if (text !== undefined) source[key] = text;
  }
  for (const key of ['date', 'accessed'] as const) {
    const date = getField(entry, key);
    if (typeof date === 'string' || date instanceof Date) source[key] = date;
  }
  return source;
}

function getField(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function getString(value: unknown, key: string): string | undefined {
  const field = getField(value, key);
  return typeof field === 'string' ? field : undefined;
}
