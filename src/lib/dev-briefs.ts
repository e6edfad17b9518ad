// The briefs under `npm run dev`: read and checked again on every request, so that the browser shows what the
// files say now. Any error stops the page with Astro's error overlay at the brief's line; warnings print in the
// terminal and show as a note on the page (src/components/DevNotice.astro).
import { getCollection } from 'astro:content';
import { relative } from 'node:path';
import { getBriefDiagnostics } from './brief-diagnostics.ts';
import type { Brief } from './briefs.ts';
import { resolveBriefsDir } from './briefs-dir.ts';
import { getBriefId } from './checks/check-addresses.ts';
import { checkBriefs } from './checks/check-briefs.ts';
import type { CleanBriefs } from './checks/clean-briefs.ts';
import { findBriefFiles } from './checks/find-briefs.ts';
import { ContentErrors } from './content-errors.ts';
import {
  applyStrictMode,
  isStrictMode,
  renderReport,
  sortDiagnostics,
  type Diagnostic,
} from './diagnostics.ts';
import { isToleratedEntry } from './tolerant-loader.ts';

/** What the dev server shows: the briefs, and the report's lines when it has warnings (else none). */
export interface DevBriefs {
  briefs: Brief[];
  warnings: string[];
}

/**
 * Every brief under the dev server, after checking them all as `lint:briefs` does: the frontmatter from the
 * files themselves (Astro's copy may be a stale one, or a broken one let through by src/lib/tolerant-loader.ts),
 * the citations from each entry's render data. Throws ContentErrors, listing every problem, on any error.
 */
export async function getDevBriefs(projectRoot: string): Promise<DevBriefs> {
  const entries = await getCollection('briefs');
  const briefsDir = resolveBriefsDir(projectRoot);
  const checked = await checkBriefs(briefsDir, { cleanBriefs: rememberCleanBriefs() });
  // Each entry's file found by its id, not its `filePath`: Astro's glob loader keeps an entry's old filePath
  // when a file of the same id and text comes from another folder (BRIEFS_DIR changed since the dev server's
  // store in .astro/ was written). An entry with no file left is one the loader has not dropped yet.
  const fileById = new Map(findBriefFiles(briefsDir).map((file) => [getBriefId(briefsDir, file), file]));
  const briefs = entries.filter((entry) => fileById.has(entry.id) && !isToleratedEntry(entry));
  // As in `lint:briefs`: no citation messages from a brief whose frontmatter is broken, only follow-on errors.
  const broken = new Set(checked.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const rendered = briefs.flatMap((brief) => {
    const file = fileById.get(brief.id) as string;
    return broken.has(file) ? [] : getBriefDiagnostics(brief, file);
  });
  const diagnostics = sortDiagnostics([...checked.diagnostics, ...rendered]);
  const strict = isStrictMode();
  const report = renderReport({ diagnostics, briefCount: checked.briefCount }, { projectRoot, strict });
  const changed = noteReport(report.lines, diagnostics.length > 0);
  // Astro prints the error in the terminal itself, on every request that meets it.
  if (report.failed)
    throw createOverlayError(applyStrictMode(diagnostics, strict), report.lines, projectRoot);
  if (changed) console.warn(report.lines.join('\n'));
  return { briefs, warnings: diagnostics.length > 0 ? report.lines : [] };
}

/**
 * The error Astro's overlay shows: every line of the report as its message, the count as its title, and the
 * first error's place, whose lines Astro shows as the code frame.
 */
function createOverlayError(diagnostics: Diagnostic[], lines: string[], projectRoot: string): ContentErrors {
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
  // Relative to the project root: Astro joins a location's file that is not inside the root onto the root
  // (collectErrorMetadata in astro/dist/core/errors/dev/utils.js), which turns an absolute path elsewhere
  // (BRIEFS_DIR outside the project) into one that does not exist; a relative one resolves right in both cases.
  const loc = first && { file: relative(projectRoot, first.file), line: first.line, column: first.column };
  return new ContentErrors(lines.join('\n'), { loc, title: lines.at(-1) });
}

let lastReport = '';

/**
 * Whether the report is worth printing: it changed since the last request (which printed it already), and it
 * is not the clean report of a clean start. After a fix, the clean count is printed once, as a confirmation.
 */
function noteReport(lines: readonly string[], hasProblems: boolean): boolean {
  const text = lines.join('\n');
  const changed = text !== lastReport && (hasProblems || lastReport !== '');
  lastReport = text;
  return changed;
}

let cleanTexts = new Map<string, string>();

/**
 * The briefs found clean by the previous request, in memory: a request checks again only the briefs whose text
 * changed since, as the build does with its record on disk (src/lib/checks/clean-briefs.ts).
 */
function rememberCleanBriefs(): CleanBriefs {
  const found = new Map<string, string>();
  return {
    has: (file, text) => cleanTexts.get(file) === text,
    add: (file, text) => void found.set(file, text),
    save: () => {
      cleanTexts = found;
    },
  };
}
