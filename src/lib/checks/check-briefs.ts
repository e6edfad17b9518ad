import { existsSync, readFileSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics.ts';
import { sortDiagnostics } from '../diagnostics.ts';
import { splitBriefFile } from './brief-file.ts';
import { checkAddresses } from './check-addresses.ts';
import { checkBody } from './check-body.ts';
import { checkFileDate } from './check-file-date.ts';
import type { CitationChecker } from './check-citations.ts';
import { checkFrontmatter } from './check-frontmatter.ts';
import { checkPlaceholders } from './check-placeholders.ts';
import { openCleanBriefs, type CleanBriefs } from './clean-briefs.ts';
import { isDraftFrontmatter, relaxDraftProblems } from './draft-problems.ts';
import { findBriefFiles } from './find-briefs.ts';

/** Every problem of every brief in a folder, and how many briefs were checked. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  briefCount: number;
}

/** What else `checkBriefs` may do besides the frontmatter. */
export interface CheckBriefsOptions {
  /** Checks citations too (the build checks them as it renders, so it passes none). */
  citationChecker?: CitationChecker;
  /** Skips the briefs found clean before, and records those found clean now (the build's warm runs). */
  cleanBriefs?: CleanBriefs;
}

/**
 * Checks every brief of a folder: the frontmatter and placeholders always; the citations too when a checker is
 * given. A draft's problems are all warnings (src/lib/checks/draft-problems.ts).
 * Citations are only checked in briefs whose frontmatter is valid: a broken source list would only produce
 * follow-on errors.
 */
export async function checkBriefs(briefsDir: string, options: CheckBriefsOptions = {}): Promise<CheckResult> {
  if (!existsSync(briefsDir)) {
    const message = 'the briefs folder does not exist: create it or point BRIEFS_DIR at the folder of briefs';
    return {
      diagnostics: [{ file: briefsDir, line: 1, column: 1, severity: 'error', message }],
      briefCount: 0,
    };
  }
  const { citationChecker, cleanBriefs } = options;
  const files = findBriefFiles(briefsDir);
  const diagnostics: Diagnostic[] = checkAddresses(briefsDir, files);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (cleanBriefs?.has(file, text)) {
      cleanBriefs.add(file, text);
      continue;
    }
    const parts = splitBriefFile(text);
    const frontmatterProblems = checkFrontmatter(file, parts);
    const problems = [...frontmatterProblems, ...checkBody(file, parts), ...checkPlaceholders(file, parts)];
    // The file name's date is compared with a valid `date` only: a broken one is reported already.
    if (frontmatterProblems.length === 0) problems.push(...checkFileDate(file, parts));
    if (problems.length === 0) cleanBriefs?.add(file, text);
    if (citationChecker && frontmatterProblems.length === 0)
      problems.push(...(await citationChecker(file, parts)));
    diagnostics.push(...(isDraftFrontmatter(parts.frontmatter) ? relaxDraftProblems(problems) : problems));
  }
  cleanBriefs?.save();
  return { diagnostics: sortDiagnostics(diagnostics), briefCount: files.length };
}

/** What the build's check needs: plain data, so that a worker thread can be given it. */
export interface BuildCheckSettings {
  briefsDir: string;
  /** The record of briefs found clean (./clean-briefs.ts), and the digest of the code that checked them. */
  cleanBriefsFile: string;
  codeDigest: string;
}

/** The build's check: the frontmatter of every brief not found clean by an earlier build. */
export function checkBriefsForBuild(settings: BuildCheckSettings): Promise<CheckResult> {
  const cleanBriefs = openCleanBriefs(settings.cleanBriefsFile, settings.codeDigest);
  return checkBriefs(settings.briefsDir, { cleanBriefs });
}
