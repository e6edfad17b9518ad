import type { BriefReading } from '../report/read-brief.ts';

/** A claim that cites a source, placed in its brief. */
export interface Citation {
  /** Absolute path of the brief. */
  file: string;
  line: number;
  column: number;
  text: string;
}

/** One source URL, with every brief that lists it and every claim that cites it. */
export interface CitedSource {
  url: string;
  /** Absolute paths of the briefs that list it, sorted. */
  briefs: string[];
  /** The claims it backs, brief by brief, in document order. */
  citations: Citation[];
}

/** Every source URL of the briefs, sorted, with the briefs and claims that cite it. */
export function collectCitedSources(readings: readonly BriefReading[]): CitedSource[] {
  const byUrl = new Map<string, CitedSource>();
  for (const reading of readings) {
    reading.sources.forEach((source, index) => {
      const cited = byUrl.get(source.url) ?? { url: source.url, briefs: [], citations: [] };
      byUrl.set(source.url, cited);
      if (!cited.briefs.includes(reading.file)) cited.briefs.push(reading.file);
      for (const claim of reading.claims) {
        if (!claim.sources.includes(index + 1)) continue;
        const { line, column, text } = claim;
        cited.citations.push({ file: reading.file, line, column, text });
      }
    });
  }
  return [...byUrl.values()]
    .map((cited) => ({ ...cited, briefs: [...cited.briefs].sort() }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
