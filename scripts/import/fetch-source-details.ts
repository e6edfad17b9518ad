import { describeFailure, readCapped } from '../sources/fetch-source.ts';
import type { ImportedSource } from './build-sources.ts';
import { readPageDetails, type PageDetails } from './read-page-details.ts';

/**
 * `--fetch`: reads each source's page for what the pasted list did not give: a title or publisher that was only
 * guessed from the address, a missing author or date. One GET per page, a few at a time, each with its own
 * time limit and all of them with an overall one. Without the network it says so and keeps the guesses.
 */

/** How pages are read; `fetch` is injected so that tests use a loopback server. */
export interface FetchDetailsSettings {
  fetch: typeof globalThis.fetch;
  userAgent: string;
  /** Longest wait for one page, body included. */
  timeoutMs: number;
  /** Longest wait for all the pages. */
  totalMs: number;
  /** Most bytes read of one page: the head, where the details are, comes first. */
  maxBytes: number;
  /** Pages read at once. */
  concurrency: number;
}

/** Reads the pages and fills in what they give; returns the sources and notes for the summary. */
export async function fetchSourceDetails(
  sources: readonly ImportedSource[],
  settings: FetchDetailsSettings,
): Promise<{ sources: ImportedSource[]; notes: string[] }> {
  const wanted = sources.filter(needsDetails);
  const overall = AbortSignal.timeout(settings.totalMs);
  const pages = new Map<number, PageDetails | string>();
  for (let start = 0; start < wanted.length; start += settings.concurrency) {
    const batch = wanted.slice(start, start + settings.concurrency);
    const read = await Promise.all(batch.map((source) => readPage(source.fields.url, settings, overall)));
    batch.forEach((source, index) => pages.set(source.number, read[index] ?? 'no answer'));
  }
  const failures = [...pages].filter((entry): entry is [number, string] => typeof entry[1] === 'string');
  const notes =
    wanted.length > 0 && failures.length === wanted.length
      ? [`could not read any source page (${failures[0]?.[1]}): no network? The guesses were kept`]
      : failures.map(
          ([number, reason]) => `source ${number}: could not read its page (${reason}); kept as it was`,
        );
  const filled = sources.map((source) => applyDetails(source, pages.get(source.number)));
  return { sources: filled, notes };
}

function needsDetails(source: ImportedSource): boolean {
  if (source.placeholder || source.missingUrl) return false;
  return source.guessed.length > 0 || !source.fields.author || !source.fields.date;
}

async function readPage(url: string, settings: FetchDetailsSettings, overall: AbortSignal) {
  try {
    const response = await settings.fetch(url, {
      redirect: 'follow',
      headers: {
        'user-agent': settings.userAgent,
        accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
      },
      signal: AbortSignal.any([overall, AbortSignal.timeout(settings.timeoutMs)]),
    });
    if (!response.ok) {
      await response.body?.cancel();
      return `HTTP ${response.status}`;
    }
    return readPageDetails(new TextDecoder().decode(await readCapped(response, settings.maxBytes)));
  } catch (error) {
    return describeFailure(error, settings.timeoutMs);
  }
}

/** The source with the guessed fields replaced and the missing ones filled from its page. */
function applyDetails(source: ImportedSource, page: PageDetails | string | undefined): ImportedSource {
  if (page === undefined || typeof page === 'string') return source;
  const fields = { ...source.fields };
  const guessed = source.guessed.filter((field) => {
    const value = page[field];
    if (value === undefined) return true;
    fields[field] = value;
    return false;
  });
  if (!fields.author && page.author) fields.author = page.author;
  if (!fields.date && page.date) fields.date = page.date;
  return { ...source, fields, guessed };
}
