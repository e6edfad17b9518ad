import { basename } from 'node:path';
import { isScalar } from 'yaml';
import type { Diagnostic } from '../diagnostics.ts';
import type { BriefFileParts } from './brief-file.ts';
import { parseFrontmatterYaml } from './frontmatter-yaml.ts';

/** A file name's date: `2026-05-19-harbour-strike.md` or `2026-05-19.md`. */
const FILE_NAME_DATE = /^(\d{4}-\d{2}-\d{2})(?:-|\.md$)/i;

/** The calendar date at the start of a written date or date-time: `2026-05-19T09:30:00+08:00`. */
const WRITTEN_DATE = /^\d{4}-\d{2}-\d{2}(?![\d-])/;

/**
 * Warns when a brief's file name starts with another date than its `date` field: briefs are sorted and found
 * by their file names, and a copied file or a date corrected in one place only makes the two disagree. Meant
 * for briefs whose frontmatter is valid (the frontmatter check reports a missing or broken date); the date is
 * compared as written, so a date-time in any time zone is compared by its own calendar date.
 */
export function checkFileDate(file: string, parts: BriefFileParts): Diagnostic[] {
  const named = FILE_NAME_DATE.exec(basename(file))?.[1];
  if (named === undefined || parts.frontmatter === undefined) return [];
  const { document, lineCounter } = parseFrontmatterYaml(parts.frontmatter);
  const node = document.get('date', true);
  if (!isScalar(node) || !node.range) return [];
  const written = WRITTEN_DATE.exec(String(node.value))?.[0];
  if (written === undefined || written === named) return [];
  const { line, col } = lineCounter.linePos(node.range[0]);
  const message = `the file name's date, ${named}, differs from "date", ${written}: correct one of them (renaming the file changes the brief's address)`;
  return [{ file, line: parts.frontmatterLine + line - 1, column: col, severity: 'warning', message }];
}
