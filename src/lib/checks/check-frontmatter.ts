import { isMap, isPair, isScalar, type Document } from 'yaml';
import { briefSchema } from '../brief-schema.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { mapFrontmatterPosition, type BriefFileParts } from './brief-file.ts';
import { describeIssue, dropMisspeltMissing, type Issue } from './describe-issue.ts';
import { parseFrontmatterYaml } from './frontmatter-yaml.ts';

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
  const { document, lineCounter, data } = parseFrontmatterYaml(parts.frontmatter);
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
  const result = briefSchema.safeParse(data ?? {}, { reportInput: true });
  if (result.success) return [];
  return dropMisspeltMissing(result.error.issues.flatMap(splitUnknownKeys)).map((issue) => ({
    file,
    ...toFilePosition(findIssueOffset(document, issue)),
    severity: 'error',
    message: describeIssue(issue),
  }));
}

/** One issue per unknown key: zod gives all of an object's unknown keys in one, each deserves its place. */
function splitUnknownKeys(issue: Issue): Issue[] {
  if (issue.code !== 'unrecognized_keys' || issue.keys.length < 2) return [issue];
  return issue.keys.map((key) => ({ ...issue, keys: [key] }));
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
