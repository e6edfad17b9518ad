import { normaliseOutletName, getGroupId, type BriefSource } from '../citations/index.ts';
import { getBriefSources, type PublishedEntry } from './brief-sources.ts';
import { readRenderData } from '../render-data/read.ts';
import { toAddressSegment } from './slugs.ts';
import { pickSpelling } from './topics.ts';

/**
 * The reverse index of sources: for each outlet (a publisher, or a wire service named in `agency`), every
 * brief that cites it and every sentence of that brief that one of its sources backs: by a citation group of
 * its own, or by the group that closes its paragraph (the claims module's coverage, src/citations/claims/).
 */

/** A sentence of a brief that cites the outlet. */
export interface OutletSentence {
  text: string;
  /** The numbers of the outlet's sources among those that back the sentence. */
  refs: number[];
  /** Id of the citation group that backs it on the brief's page (its anchor); undefined without one. */
  anchor: string | undefined;
}

/** A brief as one outlet's page shows it. */
export interface OutletBrief<T> {
  brief: T;
  /** The brief's sources from this outlet, each with its number in the brief. */
  sources: Array<{ number: number; source: BriefSource }>;
  sentences: OutletSentence[];
  /** Number of claims (sentences) in the brief: "cites it in 3 of 10 sentences". */
  claimCount: number;
}

/** One outlet and everything that cites it. */
export interface Outlet<T> {
  slug: string;
  name: string;
  briefs: OutletBrief<T>[];
  sourceCount: number;
  sentenceCount: number;
}

/** What an outlet's page shows of the outlet above its list: not the briefs, which its pages split between them. */
export interface OutletHeading {
  slug: string;
  name: string;
  briefCount: number;
  sourceCount: number;
  sentenceCount: number;
}

/** The heading of an outlet's pages. Each page gets this, not the outlet: a page is rebuilt only when its props change. */
export function getOutletHeading<T>(outlet: Outlet<T>): OutletHeading {
  const { slug, name, sourceCount, sentenceCount } = outlet;
  return { slug, name, briefCount: outlet.briefs.length, sourceCount, sentenceCount };
}

// The index of each list of briefs: the outlet pages and the list of outlets are built from the same list.
const indexes = new WeakMap<readonly PublishedEntry[], readonly Outlet<PublishedEntry>[]>();

/**
 * The reverse index of a list of briefs, built once per list (src/lib/briefs.ts gives every page of a build the
 * same list); read-only for that reason. Briefs keep the given order (newest first); outlets are sorted by name.
 */
export function buildOutletIndex<T extends PublishedEntry>(briefs: readonly T[]): readonly Outlet<T>[] {
  const known = indexes.get(briefs) as readonly Outlet<T>[] | undefined;
  if (known) return known;
  const index = indexBriefs(briefs);
  indexes.set(briefs, index);
  return index;
}

function indexBriefs<T extends PublishedEntry>(briefs: readonly T[]): Outlet<T>[] {
  const outlets = new Map<string, { spellings: Map<string, number>; briefs: OutletBrief<T>[] }>();
  for (const brief of briefs) {
    for (const [key, entry] of indexBrief(brief)) {
      const outlet = outlets.get(key) ?? { spellings: new Map<string, number>(), briefs: [] };
      for (const name of entry.names) outlet.spellings.set(name, (outlet.spellings.get(name) ?? 0) + 1);
      outlet.briefs.push(entry.item);
      outlets.set(key, outlet);
    }
  }
  return [...outlets.entries()]
    .map(([key, outlet]) => toOutlet(key, pickSpelling(outlet.spellings), outlet.briefs))
    .filter((outlet) => outlet.slug !== '')
    .sort(
      (a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.slug.localeCompare(b.slug),
    );
}

function toOutlet<T>(key: string, name: string, briefs: OutletBrief<T>[]): Outlet<T> {
  const count = (pick: (item: OutletBrief<T>) => number) => briefs.reduce((sum, item) => sum + pick(item), 0);
  return {
    slug: toAddressSegment(key),
    name,
    briefs,
    sourceCount: count((item) => item.sources.length),
    sentenceCount: count((item) => item.sentences.length),
  };
}

/** What one brief contributes to one outlet: the spellings it uses for it, and the brief as its page shows it. */
interface BriefContribution<T> {
  names: string[];
  item: OutletBrief<T>;
}

/** The outlets one brief cites, keyed by normalised name. */
function indexBrief<T extends PublishedEntry>(brief: T): Map<string, BriefContribution<T>> {
  const sources = getBriefSources(brief);
  const renderData = readRenderData(brief);
  const cited = renderData?.citedSentences ?? [];
  const anchorOf = (group: number) =>
    renderData?.idPrefix ? getGroupId(renderData.idPrefix, group) : undefined;
  const result = new Map<string, BriefContribution<T>>();
  for (const [key, { names, numbers }] of groupSourcesByOutlet(sources)) {
    const sentences = cited.flatMap((sentence): OutletSentence[] => {
      const refs = sentence.refs.filter((ref) => numbers.includes(ref));
      const anchor = sentence.group === undefined ? undefined : anchorOf(sentence.group);
      return refs.length === 0 ? [] : [{ text: sentence.text, refs, anchor }];
    });
    const own = numbers.map((number) => ({ number, source: sources[number - 1] as BriefSource }));
    const claimCount = renderData?.claimCount ?? cited.length;
    result.set(key, { names, item: { brief, sources: own, sentences, claimCount } });
  }
  return result;
}

/**
 * A brief's source numbers by outlet: each source counts for its publisher and for its agency. Names are
 * compared as the sourcing report compares them (normaliseOutletName), so `AFP` and `Agence France-Presse`
 * are one outlet here and in the report.
 */
function groupSourcesByOutlet(
  sources: readonly BriefSource[],
): Map<string, { names: string[]; numbers: number[] }> {
  const outlets = new Map<string, { names: string[]; numbers: number[] }>();
  sources.forEach((source, index) => {
    for (const name of new Set([source.publisher, source.agency].filter(isName))) {
      const key = normaliseOutletName(name);
      const entry = outlets.get(key) ?? { names: [], numbers: [] };
      entry.names.push(name.trim());
      if (!entry.numbers.includes(index + 1)) entry.numbers.push(index + 1);
      outlets.set(key, entry);
    }
  });
  return outlets;
}

function isName(name: string | undefined): name is string {
  return typeof name === 'string' && name.trim() !== '';
}
