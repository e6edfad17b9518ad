import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitBriefFile } from './checks/brief-file.ts';
import { relaxDraftProblems } from './checks/draft-problems.ts';
import { mapMessagesToFile } from './checks/map-messages.ts';
import { readRenderData } from '../render-data/read.ts';
import { isStrictMode, renderReport, sortDiagnostics, type Diagnostic } from './diagnostics.ts';

/** A brief as the pages receive it. */
export type Brief = CollectionEntry<'briefs'>;

let checkedBriefs: Promise<Brief[]> | undefined;

/**
 * Every brief, drafts included, after failing the build on any content problem found while rendering.
 * Memoised: every page asks for the briefs, and the problems must be printed once.
 */
export function getAllBriefs(): Promise<Brief[]> {
  checkedBriefs ??= getCollection('briefs').then((briefs) => {
    assertNoContentErrors(briefs, process.cwd());
    return briefs;
  });
  return checkedBriefs;
}

/** The briefs readers see: no drafts, newest first (ties broken by id, so the order is stable). */
export async function getPublishedBriefs(): Promise<Brief[]> {
  const briefs = (await getAllBriefs()).filter((brief) => !brief.data.draft);
  return sortNewestFirst(briefs);
}

/** Sorts briefs newest first by date, then by id. */
export function sortNewestFirst<T extends { id: string; data: { date: Date } }>(briefs: readonly T[]): T[] {
  return [...briefs].sort(
    (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id),
  );
}

/**
 * Prints the problems the Markdown pipeline recorded on each brief and throws when any is an error.
 * The messages live in each entry's cached render (see src/render-data/), so this works
 * on warm builds too, where no plugin runs.
 */
export function assertNoContentErrors(briefs: readonly Brief[], projectRoot: string): void {
  const diagnostics = sortDiagnostics(briefs.flatMap((brief) => getBriefDiagnostics(brief, projectRoot)));
  if (diagnostics.length === 0) return;
  const report = renderReport(
    { diagnostics, briefCount: briefs.length },
    { projectRoot, strict: isStrictMode() },
  );
  console.error(report.lines.join('\n'));
  if (report.failed) throw new Error('Some briefs have errors (listed above). Fix them and build again.');
}

function getBriefDiagnostics(brief: Brief, projectRoot: string): Diagnostic[] {
  const file = resolve(projectRoot, brief.filePath ?? brief.id);
  if (!brief.rendered) {
    const message = 'this brief could not be rendered: see the error logged above it';
    const problem: Diagnostic = { file, line: 1, column: 1, severity: 'error', message };
    return brief.data.draft ? relaxDraftProblems([problem]) : [problem];
  }
  const messages = readRenderData(brief)?.messages;
  if (!messages?.length) return [];
  // Read the file only when it has messages: they are positioned in the body and need its offset.
  const diagnostics = mapMessagesToFile(file, splitBriefFile(readFileSync(file, 'utf8')), messages);
  return brief.data.draft ? relaxDraftProblems(diagnostics) : diagnostics;
}
