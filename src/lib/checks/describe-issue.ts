import type { z } from 'astro/zod';
import { FIELD_NAMES } from '../brief-schema.ts';
import { suggestName } from '../suggest-name.ts';

/** A problem zod found in a brief's frontmatter. */
export type Issue = z.core.$ZodIssue;

type Path = readonly PropertyKey[];

/** Where a problem is, as a message words it: `source 3: ` and `url`, and whose field it is. */
interface Where {
  prefix: string;
  field: string;
  owner: keyof typeof FIELD_NAMES;
}

/** Turns a zod issue into an editor's sentence, e.g. `source 3: "url" must be an absolute … URL`. */
export function describeIssue(issue: Issue): string {
  const where = describePath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return describeUnknownField(issue.path, String(issue.keys[0]));
    case 'invalid_type':
      return issue.input === undefined
        ? describeMissing(where)
        : `${where.prefix}"${where.field}" must be ${describeType(issue.expected)}`;
    default:
      // A date is a union (a YAML date or a string): a missing one fails as a union, not as a type.
      if (isMissing(issue)) return describeMissing(where);
      return `${where.prefix}"${where.field}" ${issue.message}`;
  }
}

function describeMissing(where: Where): string {
  const needs =
    where.owner === 'original' ? '"original" needs both publisher and url' : `every ${where.owner} needs one`;
  return `${where.prefix}"${where.field}" is missing: ${needs}`;
}

const OWNER_NAMES: Record<Where['owner'], string> = {
  brief: 'a brief',
  source: 'a source',
  correction: 'a correction',
  original: '"original"',
};

/**
 * Leaves out the "is missing" issue of a field that is there, misspelt: `publsher: X` makes zod report both
 * an unknown `publsher` and a missing `publisher`, and the first one's `did you mean` says all.
 */
export function dropMisspeltMissing(issues: readonly Issue[]): Issue[] {
  const misspelt = new Set(
    issues.flatMap((issue) => {
      if (issue.code !== 'unrecognized_keys') return [];
      const suggestion = suggestField(issue.path, String(issue.keys[0]));
      return suggestion === undefined ? [] : [[...issue.path, suggestion].map(String).join('\0')];
    }),
  );
  return issues.filter((issue) => !(isMissing(issue) && misspelt.has(issue.path.map(String).join('\0'))));
}

function isMissing(issue: Issue): boolean {
  return (issue.code === 'invalid_type' || issue.code === 'invalid_union') && issue.input === undefined;
}

/** The known field of the object at `objectPath` that `key` is a likely misspelling of. */
function suggestField(objectPath: Path, key: string): string | undefined {
  return suggestName(key, FIELD_NAMES[describePath(objectPath).owner]);
}

/** `unknown field "publsher": did you mean "publisher"?`, or the fields to choose from when none is close. */
function describeUnknownField(objectPath: Path, key: string): string {
  const where = describePath(objectPath);
  // The object's own path (`original`) prefixes the key, as in `"original.url" must be…`; a list item's
  // number is in the prefix (`source 2: `) instead.
  const parent = where.owner === 'original' ? 'original.' : '';
  const known = FIELD_NAMES[where.owner];
  const suggestion = suggestField(objectPath, key);
  const unknown = `${where.prefix}unknown field "${parent}${key}"`;
  if (suggestion !== undefined) return `${unknown}: did you mean "${parent}${suggestion}"?`;
  return `${unknown}: the fields of ${OWNER_NAMES[where.owner]} are ${formatList(known)}`;
}

/** `a, b and c`. */
function formatList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const LIST_OWNERS: Record<string, Where['owner']> = { sources: 'source', corrections: 'correction' };

/** `['sources', 2, 'url']` reads as prefix `source 3: `, field `url`: sources count from 1, as in the text. */
function describePath(path: Path): Where {
  const [list, index, ...rest] = path.map(String);
  const owner = list !== undefined ? LIST_OWNERS[list] : undefined;
  if (owner && index !== undefined && /^\d+$/.test(index)) {
    const field = rest.join('.') || list;
    return { prefix: `${owner} ${Number(index) + 1}: `, field, owner };
  }
  const field = path.map(String).join('.') || 'frontmatter';
  return { prefix: '', field, owner: list === 'original' ? 'original' : 'brief' };
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
