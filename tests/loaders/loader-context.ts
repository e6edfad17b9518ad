import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MarkdownProcessor } from '@astrojs/markdown-remark';
import type { DataStore, LoaderContext } from 'astro/loaders';
import { makeTempDir, PROJECT_ROOT } from '../helpers/astro-build.ts';

type Entry = NonNullable<ReturnType<DataStore['get']>>;

/** A loader context as Astro's content layer gives one, over an in-memory store, and what the loader logged. */
export interface FakeContext {
  context: LoaderContext;
  entries: Map<string, Entry>;
  logged: string[];
}

// Astro's Markdown entry type, which glob() reads and renders `.md` files with. Not among the package's exports:
// read from its file, so that the tests compare with Astro's own code, not a copy of it.
const ENTRY_TYPE_FILE = join(
  PROJECT_ROOT,
  'node_modules/astro/dist/vite-plugin-markdown/content-entry-type.js',
);

/** A loader context whose config renders with `processor`; `store` carries entries over from an earlier load. */
export async function createFakeContext(
  processor: MarkdownProcessor,
  entries = new Map<string, Entry>(),
): Promise<FakeContext> {
  const { markdownContentEntryType } = (await import(pathToFileURL(ENTRY_TYPE_FILE).href)) as {
    markdownContentEntryType: unknown;
  };
  const logged: string[] = [];
  const log = (level: string) => (message: string) => void logged.push(`${level}: ${message}`);
  const root = pathToFileURL(`${PROJECT_ROOT}/`);
  const context = {
    collection: 'briefs',
    store: createStore(entries),
    meta: new Map(),
    logger: { info: log('info'), warn: log('warn'), error: log('error'), debug: () => {} },
    config: {
      root,
      srcDir: new URL('src/', root),
      cacheDir: pathToFileURL(`${makeTempDir('cache')}/`),
      markdown: { processor, syntaxHighlight: false, shikiConfig: {} },
      image: { domains: [], remotePatterns: [] },
      prerenderConflictBehavior: 'warn',
    },
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(data),
    generateDigest: (data: unknown) =>
      createHash('sha256')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex'),
    entryTypes: new Map([['.md', markdownContentEntryType]]),
  };
  return { context: context as unknown as LoaderContext, entries, logged };
}

function createStore(entries: Map<string, Entry>): DataStore {
  return {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => {
      entries.set(entry.id, entry);
      return true;
    },
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    entries: () => [...entries.entries()],
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    has: (id: string) => entries.has(id),
    addModuleImport: () => {},
    addAssetImports: () => {},
  } as unknown as DataStore;
}
