import { existsSync, readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics.ts';
import { sortDiagnostics } from '../diagnostics.ts';
import { splitBriefFile } from './brief-file.ts';
import { checkAddresses } from './check-addresses.ts';
import { checkBody } from './check-body.ts';
import type { CitationChecker } from './check-citations.ts';
import { checkFrontmatter } from './check-frontmatter.ts';
import { findBriefFiles } from './find-briefs.ts';

/** Every problem of every brief in a folder, and how many briefs were checked. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  briefCount: number;
}

/**
 * Checks every brief of a folder: the frontmatter always; the citations too when a checker is given (the
 * build checks citations as it renders, so it passes none). Citations are only checked in briefs whose
 * frontmatter is valid: a broken source list would only produce follow-on errors.
 */
export async function checkBriefs(
  briefsDir: string,
  citationChecker?: CitationChecker,
): Promise<CheckResult> {
  if (!existsSync(briefsDir)) {
    const message = 'the briefs folder does not exist: create it or point BRIEFS_DIR at the folder of briefs';
    return {
      diagnostics: [{ file: briefsDir, line: 1, column: 1, severity: 'error', message }],
      briefCount: 0,
    };
  }
  const files = findBriefFiles(briefsDir);
  const diagnostics: Diagnostic[] = checkAddresses(briefsDir, files);
  for (const file of files) {
    const parts = splitBriefFile(readFileSync(file, 'utf8'));
    const frontmatterProblems = checkFrontmatter(file, parts);
    diagnostics.push(...frontmatterProblems, ...checkBody(file, parts));
    if (citationChecker && frontmatterProblems.length === 0) {
      diagnostics.push(...(await citationChecker(file, parts)));
    }
  }
  return { diagnostics: sortDiagnostics(diagnostics), briefCount: files.length };
}
