import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { isToleratedEntry, tolerateBrokenBriefsInDev } from '../../src/lib/tolerant-loader.ts';

/** A loader that parses one file through the context, as a file loader does, and keeps what it got. */
function createRecordingLoader() {
  const loaded: { data?: unknown; info?: unknown; error?: unknown } = {};
  const loader: Loader = {
    name: 'recording',
    load: async (context) => {
      try {
        const { entryTypes } = context as unknown as { entryTypes: Map<string, EntryType> };
        loaded.info = await entryTypes
          .get('.md')
          ?.getEntryInfo({ fileUrl: new URL('file:///b.md'), contents: '' });
        loaded.data = await context.parseData({ id: 'b', data: { title: 'T' } });
      } catch (error) {
        loaded.error = error;
      }
    },
  };
  return { loader, loaded };
}

interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}

/** A context whose file parsing and schema both fail, under the dev server (with a watcher) or not. */
function createFailingContext(dev: boolean): LoaderContext {
  const entryType: EntryType = {
    getEntryInfo: () => {
      throw new Error('bad YAML');
    },
  };
  return {
    parseData: () => Promise.reject(new Error('schema')),
    entryTypes: new Map([['.md', entryType]]),
    ...(dev && { watcher: {} }),
  } as unknown as LoaderContext;
}

describe('tolerateBrokenBriefsInDev', () => {
  it('under the dev server, loads a broken entry with empty frontmatter and its raw data, marked', async () => {
    const { loader, loaded } = createRecordingLoader();
    await tolerateBrokenBriefsInDev(loader).load(createFailingContext(true));
    expect(loaded.error).toBeUndefined();
    expect(loaded.info).toEqual({ data: {}, body: '', slug: undefined, rawData: '' });
    expect(loaded.data).toEqual({ title: 'T', footnotedTolerated: true });
    expect(isToleratedEntry({ data: loaded.data as object })).toBe(true);
  });

  it('in a build (no watcher), lets the loader fail as before', async () => {
    const { loader, loaded } = createRecordingLoader();
    await tolerateBrokenBriefsInDev(loader).load(createFailingContext(false));
    expect((loaded.error as Error).message).toBe('bad YAML');
  });

  it('keeps the name, and marks nothing that parsed', async () => {
    expect(tolerateBrokenBriefsInDev({ name: 'x', load: async () => {} }).name).toBe('x');
    expect(isToleratedEntry({ data: { title: 'T' } })).toBe(false);
  });
});
