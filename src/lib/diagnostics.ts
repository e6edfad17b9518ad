import { isAbsolute, relative } from 'node:path';
import { formatCount } from './counts.ts';

/** One problem in one brief, positioned in the file as an editor sees it (1-based, frontmatter included). */
export interface Diagnostic {
  /** Absolute path of the brief. */
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
  /** Set on a draft's problems: warnings that strict mode leaves warnings (src/lib/checks/draft-problems.ts). */
  draft?: boolean;
}

/** Under `FOOTNOTED_STRICT=1` warnings count, and print, as errors. */
export function isStrictMode(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.FOOTNOTED_STRICT === '1';
}

/** Applies strict mode: every warning becomes an error, except a draft's. */
export function applyStrictMode(diagnostics: readonly Diagnostic[], strict: boolean): Diagnostic[] {
  return diagnostics.map((d) =>
    strict && d.severity === 'warning' && !d.draft ? { ...d, severity: 'error' } : d,
  );
}

/** The path shown in messages: relative to the project root when the file is inside it, else absolute. */
export function getDisplayPath(file: string, projectRoot: string): string {
  const path = relative(projectRoot, file);
  return path && !path.startsWith('..') && !isAbsolute(path) ? path.split('\\').join('/') : file;
}

/** One message line: `<file>:<line>:<column>: error|warning: <message>`. */
export function formatDiagnostic(diagnostic: Diagnostic, projectRoot: string): string {
  const { line, column, severity, message } = diagnostic;
  return `${getDisplayPath(diagnostic.file, projectRoot)}:${line}:${column}: ${severity}: ${message}`;
}

/** Orders diagnostics by file, then line, then column, so output is stable from run to run. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/** The closing count, e.g. `2 errors, 1 warning in 14 briefs`. */
export function formatSummary(diagnostics: readonly Diagnostic[], briefCount: number): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return `${formatCount(errors, 'error')}, ${formatCount(warnings, 'warning')} in ${formatCount(briefCount, 'brief')}`;
}

/** Whether any diagnostic is an error (after strict mode was applied). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** What a command prints about a set of briefs: one line per problem, then the count; and whether it fails. */
export function renderReport(
  result: { diagnostics: readonly Diagnostic[]; briefCount: number },
  options: { projectRoot: string; strict: boolean },
): { lines: string[]; failed: boolean } {
  const diagnostics = applyStrictMode(result.diagnostics, options.strict);
  const lines = diagnostics.map((d) => formatDiagnostic(d, options.projectRoot));
  lines.push(formatSummary(diagnostics, result.briefCount));
  return { lines, failed: hasErrors(diagnostics) };
}
