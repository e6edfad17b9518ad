import { getSharedOutletName, type BriefSource } from '../../src/citations/index.ts';
import type { BriefReading, LocatedClaim } from './read-brief.ts';

/** A claim in the report: where it is and what it says. */
export interface ClaimEntry {
  /** The brief's path as messages show it. */
  file: string;
  line: number;
  column: number;
  text: string;
  /** The source numbers that back it. */
  sources: number[];
}

/** A sentence no citation group backs. */
export interface UncitedEntry extends Omit<ClaimEntry, 'sources'> {
  /** It holds a direct quotation: the build warns about it too. */
  quote: boolean;
}

/** A claim whose sources all come from one outlet, named. */
export interface OutletEntry extends ClaimEntry {
  outlet: string;
}

/** How many claims of a brief one of its sources backs. */
export interface SourceUse {
  number: number;
  title: string;
  publisher: string;
  url: string;
  claims: number;
}

/** The sourcing of one brief. */
export interface BriefReport {
  file: string;
  title: string;
  draft: boolean;
  sentences: number;
  cited: number;
  uncited: UncitedEntry[];
  singleSource: ClaimEntry[];
  singleOutlet: OutletEntry[];
  sources: SourceUse[];
}

/** How many claims of the whole site a source (one URL) backs, and in how many briefs. */
export interface SiteSourceUse extends Omit<SourceUse, 'number'> {
  briefs: number;
}

/** The sourcing of the whole site: totals, and every source's use. */
export interface SiteReport {
  briefs: number;
  sentences: number;
  cited: number;
  uncited: number;
  singleSource: number;
  singleOutlet: number;
  /** Most-used first, then by URL. */
  sources: SiteSourceUse[];
}

/** The whole report: what `npm run report -- --json` prints. */
export interface SourcingReport {
  briefs: BriefReport[];
  site: SiteReport;
}

/** Builds the report of every brief read; `displayPath` turns a brief's absolute path into the shown one. */
export function buildSourcingReport(
  readings: readonly BriefReading[],
  displayPath: (file: string) => string,
): SourcingReport {
  const briefs = readings.map((reading) => buildBriefReport(reading, displayPath(reading.file)));
  return { briefs, site: buildSiteReport(briefs) };
}

/** The report of one brief. */
export function buildBriefReport(reading: BriefReading, file: string): BriefReport {
  const { claims, sources } = reading;
  const cited = claims.filter((claim) => claim.coverage !== 'none');
  const entry = (claim: LocatedClaim): ClaimEntry => {
    const { line, column, text } = claim;
    return { file, line, column, text, sources: claim.sources };
  };
  const singleOutlet = cited.flatMap((claim): OutletEntry[] => {
    const outlet = getSharedOutletName(claim.sources.map((number) => getSource(sources, number)));
    return outlet === undefined ? [] : [{ ...entry(claim), outlet }];
  });
  return {
    file,
    title: reading.title,
    draft: reading.draft,
    sentences: claims.length,
    cited: cited.length,
    uncited: claims
      .filter((claim) => claim.coverage === 'none')
      .map(({ line, column, text, quote }) => ({ file, line, column, text, quote })),
    singleSource: cited.filter((claim) => claim.sources.length === 1).map(entry),
    singleOutlet,
    sources: sources.map((source, index) => ({
      number: index + 1,
      title: source.title,
      publisher: source.publisher,
      url: source.url,
      claims: cited.filter((claim) => claim.sources.includes(index + 1)).length,
    })),
  };
}

function getSource(sources: readonly BriefSource[], number: number): BriefSource {
  return sources[number - 1] ?? { title: '', publisher: '', url: '' };
}

/** The site's totals, and each source URL's use summed over the briefs that list it. */
export function buildSiteReport(briefs: readonly BriefReport[]): SiteReport {
  const byUrl = new Map<string, SiteSourceUse>();
  for (const brief of briefs) {
    for (const { url, title, publisher, claims } of brief.sources) {
      const known = byUrl.get(url);
      if (known) byUrl.set(url, { ...known, claims: known.claims + claims, briefs: known.briefs + 1 });
      else byUrl.set(url, { url, title, publisher, claims, briefs: 1 });
    }
  }
  const sum = (count: (brief: BriefReport) => number) => briefs.reduce((total, b) => total + count(b), 0);
  return {
    briefs: briefs.length,
    sentences: sum((brief) => brief.sentences),
    cited: sum((brief) => brief.cited),
    uncited: sum((brief) => brief.uncited.length),
    singleSource: sum((brief) => brief.singleSource.length),
    singleOutlet: sum((brief) => brief.singleOutlet.length),
    sources: [...byUrl.values()].sort(
      (a, b) => b.claims - a.claims || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0),
    ),
  };
}
