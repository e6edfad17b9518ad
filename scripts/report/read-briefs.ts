import { existsSync, readFileSync } from 'node:fs';
import { CITATION_STYLE } from '../../src/consts.ts';
import { createBriefProcessor } from '../../src/plugins/index.ts';
import { splitBriefFile } from '../../src/lib/checks/brief-file.ts';
import { checkFrontmatter } from '../../src/lib/checks/check-frontmatter.ts';
import { findBriefFiles } from '../../src/lib/checks/find-briefs.ts';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import { createBriefReader, type BriefReader, type BriefReading } from './read-brief.ts';

/** Every brief of a folder that could be read, and the problems of those that could not. */
export interface BriefsReading {
  briefs: BriefReading[];
  /** Frontmatter errors of briefs left out, or a missing folder. */
  problems: Diagnostic[];
}

/**
 * Reads every brief of a folder for the sourcing report and the source checker, through the site's remark
 * plugins with the citation stage always on (whatever `FOOTNOTED_CITATIONS` says: it is a build setting).
 * A brief whose frontmatter is invalid is left out and its problems returned: its claims cannot be trusted.
 */
export async function readBriefs(
  briefsDir: string,
  reader: BriefReader = createSiteReader(),
): Promise<BriefsReading> {
  if (!existsSync(briefsDir)) {
    const message = 'the briefs folder does not exist: create it or point BRIEFS_DIR at the folder of briefs';
    return { briefs: [], problems: [{ file: briefsDir, line: 1, column: 1, severity: 'error', message }] };
  }
  const reading: BriefsReading = { briefs: [], problems: [] };
  for (const file of findBriefFiles(briefsDir)) {
    const parts = splitBriefFile(readFileSync(file, 'utf8'));
    const problems = checkFrontmatter(file, parts);
    if (problems.length > 0) reading.problems.push(...problems);
    else reading.briefs.push(await reader(file, parts));
  }
  return reading;
}

/** A reader with the report stop of the site's pipeline, citation stage on. */
export function createSiteReader(): BriefReader {
  return createBriefReader(
    createBriefProcessor({ citations: true, citationStyle: CITATION_STYLE }, 'report'),
  );
}
