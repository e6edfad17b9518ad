import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { briefSchema } from '../brief-schema.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { mapFrontmatterPosition, type BriefFileParts } from './brief-file.ts';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];
type Position = { line: number; column: number };

/**
 * Checks a brief's frontmatter against the schema and reports every problem at the line and column where
 * it was written. Uses the `yaml` parser, which keeps source positions (Astro's js-yaml does not), and reads
 * dates as written, so an impossible date such as 2026-02-30 is caught instead of rolling over to March.
 */
export function checkFrontmatter(file: string, parts: BriefFileParts): Diagnostic[] {
  if (parts.frontmatter === undefined) {
    const message =
      'this brief has no frontmatter: start the file with a --- block holding title, date and sources';
    return [{ file, line: 1, column: 1, severity: 'error', message }];
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(parts.frontmatter, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toFilePosition = (offset: number): Position =>
    mapFrontmatterPosition(parts, lineCounter.linePos(offset));
  if (document.errors.length > 0) {
    // Only the first: the parser's later errors are mostly the same mistake seen again further on.
    return document.errors.slice(0, 1).map((error) => ({
      file,
      ...toFilePosition(error.pos[0]),
      severity: 'error',
      message: `the frontmatter is not valid YAML: ${error.message.split('\n')[0]}`,
    }));
  }
  const result = briefSchema.safeParse(document.toJS() ?? {}, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    file,
    ...toFilePosition(findIssueOffset(document, issue)),
    severity: 'error',
    message: describeIssue(issue),
  }));
}

/** Finds where an issue was written: the offending value, the unknown key, or the object missing a field. */
function findIssueOffset(document: Document, issue: Issue): number {
  if (issue.code === 'unrecognized_keys') {
    const parent = document.getIn(issue.path, true);
    const pair = isMap(parent)
      ? parent.items.find((item) => isPair(item) && keyOf(item) === issue.keys[0])
      : undefined;
    const keyStart = getRangeStart(pair?.key);
    if (keyStart !== undefined) return keyStart;
  }
  for (let path: Path = issue.path; ; path = path.slice(0, -1)) {
    const start = getRangeStart(path.length === 0 ? document.contents : document.getIn(path, true));
    if (start !== undefined) return start;
    if (path.length === 0) return 0;
  }
}

/** Where a YAML node starts in the source, if it is a node (plain values have no position). */
function getRangeStart(node: unknown): number | undefined {
  const range = node && typeof node === 'object' && 'range' in node ? node.range : undefined;
  return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : undefined;
}

function keyOf(pair: { key: unknown }): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

/** Turns a zod issue into an editor's sentence, e.g. `source 3: "url" must be an absolute … URL`. */
function describeIssue(issue: Issue): string {
  const where = describePath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${where.prefix}unknown field "${String(issue.keys[0])}": check its spelling against the fields the README lists`;
    case 'invalid_type':
      return issue.input === undefined
        ? describeMissing(where)
        : `${where.prefix}"${where.field}" must be ${describeType(issue.expected)}`;
    default:
      // A date is a union (a YAML date or a string): a missing one fails as a union, not as a type.
      if (issue.code === 'invalid_union' && issue.input === undefined) return describeMissing(where);
      return `${where.prefix}"${where.field}" ${issue.message}`;
  }
}

function describeMissing(where: { prefix: string; field: string; owner: string }): string {
  return `${where.prefix}"${where.field}" is missing: every ${where.owner} needs one`;
}

const OWNERS: Record<string, string> = { sources: 'source', corrections: 'correction' };

/** `['sources', 2, 'url']` reads as prefix `source 3: `, field `url`: sources count from 1, as in the text. */
function describePath(path: Path): { prefix: string; field: string; owner: string } {
  const [list, index, ...rest] = path.map(String);
  const owner = list !== undefined ? OWNERS[list] : undefined;
  if (owner && index !== undefined && /^\d+$/.test(index)) {
    const field = rest.join('.') || list;
    return { prefix: `${owner} ${Number(index) + 1}: `, field, owner };
  }
  return { prefix: '', field: path.map(String).join('.') || 'frontmatter', owner: 'brief' };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a group of fields',
  boolean: 'true or false',
  date: 'a date (YYYY-MM-DD)',
  number: 'a number',
};

function describeType(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}
