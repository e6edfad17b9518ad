import { buildSources, findDuplicateNumbers, type ImportedSource } from './build-sources.ts';
import { joinBody } from './compose-brief.ts';
import { findCitedNumbers } from './find-cited-numbers.ts';
import { findSourceList } from './find-source-list.ts';
import { parseSourceItem } from './parse-source-item.ts';
import { splitPastedText } from './split-pasted-text.ts';

/** A pasted text read as a brief, before it is written. */
export interface ImportResult {
  /** `--title`, else the text's frontmatter title, else its first heading; undefined when none. */
  title?: string;
  sources: ImportedSource[];
  body: string;
  /** How many items the pasted source list had. */
  listed: number;
  cited: number[];
  warnings: string[];
}

/** Reads a pasted text: its title, its source list (taken out of the body) and the numbers it cites. */
export function importPastedText(text: string, options: { title?: string } = {}): ImportResult {
  const pasted = splitPastedText(text);
  const list = findSourceList(pasted.lines, pasted.firstLine);
  const parsed = list.items.map(parseSourceItem);
  const body = joinBody(list.bodyLines);
  const cited = findCitedNumbers(body);
  return {
    title: options.title?.trim() || pasted.frontmatterTitle || pasted.heading,
    sources: buildSources(parsed, cited),
    body,
    listed: new Set(parsed.map((source) => source.number)).size,
    cited,
    warnings: [
      ...list.warnings,
      ...findDuplicateNumbers(parsed),
      ...parsed.flatMap((source) => source.warnings),
    ],
  };
}
