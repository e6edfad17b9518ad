// Under the dev server, a broken brief must neither stop Astro nor leave a stale page: Astro's dev server does
// not start when any entry fails to load (the content sync at start-up rejects), and when one fails later it
// keeps the entry's old data, so the browser silently shows the old page. src/lib/dev-briefs.ts reports the
// problems from the files themselves, in the editors' format; the collection only has to keep going.
import type { Loader, LoaderContext } from 'astro/loaders';

/** Marks an entry whose frontmatter failed the schema under the dev server: its data is the raw frontmatter. */
const TOLERATED_KEY = 'footnotedTolerated';

/** The part of an entry this module reads. */
interface EntryWithData {
  data: object;
}

/**
 * Wraps a loader so that, under the dev server only, an entry whose frontmatter is not valid YAML or fails the
 * schema is loaded anyway, marked (see isToleratedEntry), instead of failing the collection. Builds, `astro
 * sync` and `astro check` get the loader as it is: there the schema stops every invalid brief.
 *
 * Built on the context Astro gives every loader (`parseData`, and `entryTypes`, which file loaders parse files
 * with), not on one loader's insides; a loader that parses files its own way must not throw for one file.
 */
export function tolerateBrokenBriefsInDev(loader: Loader): Loader {
  // Astro hands loaders a file watcher under the dev server only: the one sign of it a loader gets.
  return { ...loader, load: (context) => loader.load(context.watcher ? tolerate(context) : context) };
}

/** Whether an entry was let through broken by the dev server: its data does not match the schema. */
export function isToleratedEntry(entry: EntryWithData): boolean {
  return TOLERATED_KEY in entry.data;
}

/** What a file loader parses a file with (Astro's ContentEntryType, which `astro/loaders` does not export). */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}

function tolerate(context: LoaderContext): LoaderContext {
  const parseData: LoaderContext['parseData'] = async (props) => {
    try {
      return await context.parseData(props);
    } catch {
      return { ...props.data, [TOLERATED_KEY]: true };
    }
  };
  const { entryTypes } = context as { entryTypes?: Map<string, EntryType> };
  return { ...context, parseData, ...(entryTypes && { entryTypes: tolerateEntryTypes(entryTypes) }) };
}

/** Entry types whose parsing of a file with broken frontmatter gives empty frontmatter instead of throwing. */
function tolerateEntryTypes(entryTypes: Map<string, EntryType>): Map<string, EntryType> {
  const tolerant = new Map<string, EntryType>();
  for (const [extension, entryType] of entryTypes) {
    const getEntryInfo: EntryType['getEntryInfo'] = async (params) => {
      try {
        return await entryType.getEntryInfo(params);
      } catch {
        return { data: {}, body: '', slug: undefined, rawData: '' };
      }
    };
    tolerant.set(extension, { ...entryType, getEntryInfo });
  }
  return tolerant;
}
