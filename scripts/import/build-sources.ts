import { PLACEHOLDER_SOURCE } from '../../src/lib/placeholders.ts';
import { guessPublisher, guessTitle } from './guess-from-url.ts';
import type { ParsedSource } from './parse-source-item.ts';

/**
 * Turns the parsed items into the brief's source list. Each source keeps the number the pasted list gave it:
 * source n is the n-th entry. A number the list skips, or that the text cites beyond the list, gets a
 * placeholder source (src/lib/placeholders.ts), which the checks keep out of published briefs. Nothing is
 * renumbered.
 */

/** A source as the brief's frontmatter lists it (field names as the brief schema has them). */
export interface BriefSourceFields {
  title: string;
  publisher: string;
  url: string;
  date?: string;
  author?: string;
  archiveUrl?: string;
  accessed?: string;
}

/** A source of the imported brief, and how it came about. */
export interface ImportedSource {
  number: number;
  fields: BriefSourceFields;
  /** Fields derived from the address alone, for the editor to check. */
  guessed: ('title' | 'publisher')[];
  /** True when the pasted list has no such number: every field is a placeholder. */
  placeholder: boolean;
  /** True when the item gave no address: its `url` is a placeholder. */
  missingUrl: boolean;
}

const OPTIONAL_FIELDS = ['date', 'author', 'archiveUrl', 'accessed'] as const;

/** The sources 1 to the highest number listed or cited, in order. */
export function buildSources(parsed: readonly ParsedSource[], cited: readonly number[]): ImportedSource[] {
  const byNumber = new Map<number, ParsedSource>();
  for (const source of parsed) if (!byNumber.has(source.number)) byNumber.set(source.number, source);
  const count = Math.max(0, ...byNumber.keys(), ...cited);
  return Array.from({ length: count }, (_, index) => toImportedSource(index + 1, byNumber.get(index + 1)));
}

function toImportedSource(number: number, parsed: ParsedSource | undefined): ImportedSource {
  if (!parsed)
    return { number, fields: { ...PLACEHOLDER_SOURCE }, guessed: [], placeholder: true, missingUrl: true };
  const { url, title, publisher } = parsed;
  const guessed: ImportedSource['guessed'] = [];
  const fields: BriefSourceFields = {
    title: title ?? (url ? guess(guessed, 'title', guessTitle(url)) : PLACEHOLDER_SOURCE.title),
    publisher:
      publisher ?? (url ? guess(guessed, 'publisher', guessPublisher(url)) : PLACEHOLDER_SOURCE.publisher),
    url: url ?? PLACEHOLDER_SOURCE.url,
  };
  for (const key of OPTIONAL_FIELDS) if (parsed[key] !== undefined) fields[key] = parsed[key];
  return { number, fields, guessed, placeholder: false, missingUrl: url === undefined };
}

function guess(guessed: ImportedSource['guessed'], field: 'title' | 'publisher', value: string): string {
  guessed.push(field);
  return value;
}

/** Warnings for numbers given twice: the first item counts. */
export function findDuplicateNumbers(parsed: readonly ParsedSource[]): string[] {
  const seen = new Set<number>();
  const warnings: string[] = [];
  for (const source of parsed) {
    if (seen.has(source.number))
      warnings.push(`source ${source.number} is listed twice; the first one was kept`);
    seen.add(source.number);
  }
  return warnings;
}
