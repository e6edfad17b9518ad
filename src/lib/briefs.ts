import { getCollection, type CollectionEntry } from 'astro:content';
import { getBriefDiagnostics, getBriefFile } from './brief-diagnostics.ts';
import { BUILD_STOPPED_LINE, ContentErrors } from './content-errors.ts';
import { getDevBriefs } from './dev-briefs.ts';
import { isDevServer } from './dev-server.ts';
import { isStrictMode, renderReport, sortDiagnostics } from './diagnostics.ts';

/** A brief as the pages receive it. */
export type Brief = CollectionEntry<'briefs'>;

let checkedBriefs: Promise<Brief[]> | undefined;

/**
 * Every brief, drafts included.
 * In a build, after stopping it on any content problem found while rendering; memoised, since every page asks
 * for the briefs and the problems must be printed once. Under the dev server, read and checked again on every
 * call (src/lib/dev-briefs.ts), so that a saved brief shows at once, and a broken one in the error overlay.
 */
export function getAllBriefs(): Promise<Brief[]> {
  if (isDevServer()) return getDevBriefs(process.cwd()).then((found) => found.briefs);
  checkedBriefs ??= getCollection('briefs').then((briefs) => {
    assertNoContentErrors(briefs, process.cwd());
    return briefs;
  });
  return checkedBriefs;
}

// A build's published briefs, by the list of all briefs they were taken from (one list per build).
const publishedByAll = new WeakMap<readonly Brief[], readonly Brief[]>();

/**
 * The briefs the site lists, newest first (ties broken by id, so the order is stable). A build has no drafts;
 * the dev server shows them too, marked as drafts, so that an editor can read one before publishing it.
 * In a build every page gets the same list, so that what is worked out from it (the outlet index) is worked
 * out once; it is read-only for that reason.
 */
export async function getPublishedBriefs(): Promise<readonly Brief[]> {
  const all = await getAllBriefs();
  const known = publishedByAll.get(all);
  if (known) return known;
  const withDrafts = isDevServer();
  const published = sortNewestFirst(all.filter((brief) => withDrafts || !brief.data.draft));
  publishedByAll.set(all, published);
  return published;
}

/** Sorts briefs newest first by date, then by id. */
export function sortNewestFirst<T extends { id: string; data: { date: Date } }>(briefs: readonly T[]): T[] {
  return [...briefs].sort(
    (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id),
  );
}

/**
 * Prints the problems the Markdown pipeline recorded on each brief, then their count, and stops the build when
 * any is an error: Astro prints the error's message, the closing line, and nothing else (see ContentErrors).
 * The messages live in each entry's cached render (see src/render-data/), so this works on warm builds too.
 */
export function assertNoContentErrors(briefs: readonly Brief[], projectRoot: string): void {
  const diagnostics = sortDiagnostics(
    briefs.flatMap((brief) => getBriefDiagnostics(brief, getBriefFile(brief, projectRoot))),
  );
  if (diagnostics.length === 0) return;
  const report = renderReport(
    { diagnostics, briefCount: briefs.length },
    { projectRoot, strict: isStrictMode() },
  );
  console.error(report.lines.join('\n'));
  if (report.failed) throw new ContentErrors(BUILD_STOPPED_LINE);
}
