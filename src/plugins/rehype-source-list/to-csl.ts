import { type BriefSource, getSourceDateParts } from '../../citations/index.ts';

/** A CSL-JSON date: one `[year, month?, day?]` in `date-parts`. */
export interface CslDate {
  'date-parts': [number[]];
}

/** The CSL-JSON fields this plugin fills in for one brief source. */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title?: string;
  'container-title'?: string;
  URL?: string;
  author?: { literal: string }[];
  issued?: CslDate;
  accessed?: CslDate;
}

/**
 * Maps a brief source to CSL-JSON for source number `sourceNumber`.
 *
 * `article-newspaper` rather than `webpage`: in vancouver it keeps the full date and the newspaper layout
 * ("Title. Paper [Internet]. 2026 May 19"), where `webpage` keeps only the year; in apa it italicises the
 * publication, as APA does for news articles. The agency and the archive URL are left out: CSL has no field
 * the offline styles print for them, and the page shows them elsewhere.
 */
export function toCslItem(source: BriefSource, sourceNumber: number): CslItem {
  const author = getText(source.author);
  const item: CslItem = { id: `source-${sourceNumber}`, type: 'article-newspaper' };
  setIfDefined(item, 'title', getText(source.title));
  setIfDefined(item, 'container-title', getText(source.publisher));
  setIfDefined(item, 'URL', getText(source.url));
  // A literal name, never split: bylines such as "Luna Lin with Katie Forster" are not one person's name.
  setIfDefined(item, 'author', author === undefined ? undefined : [{ literal: author }]);
  setIfDefined(item, 'issued', toCslDate(source.date));
  setIfDefined(item, 'accessed', toCslDate(source.accessed));
  return item;
}

/** Turns a Date (read in UTC, as YAML dates arrive at 00:00 UTC) or an ISO string into CSL date parts. */
export function toCslDate(value: Date | string | undefined): CslDate | undefined {
  const parts = getSourceDateParts(value);
  return parts ? { 'date-parts': [parts] } : undefined;
}

// Empty or non-text values are left out, so that styles treat them as missing ("n.d.", "Anon") rather than empty.
function getText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function setIfDefined<Key extends keyof CslItem>(
  item: CslItem,
  key: Key,
  value: CslItem[Key] | undefined,
): void {
  if (value !== undefined) item[key] = value;
}
