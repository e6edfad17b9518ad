import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/astro-build.ts';

// patches/astro+7.3.5.patch rewrites how Astro's chunked content store (`experimental.collectionStorage` in
// astro.config.mjs) measures where a chunk ends: the original encoded every character with TextEncoder, which
// took seconds per megabyte. The patched function must cut exactly where the original did.
const writer = pathToFileURL(join(PROJECT_ROOT, 'node_modules/astro/dist/content/data-store-writer.js')).href;
const { chunkString } = (await import(writer)) as {
  chunkString: (text: string, maxBytes: number) => string[];
};

/** Astro 7.3.5's own `getChunkEnd`, as it was before the patch: each character encoded to count its bytes. */
function originalChunkEnd(text: string, start: number, maxBytes: number): { index: number; bytes: number } {
  const encoder = new TextEncoder();
  let index = start;
  let bytes = 0;
  while (index < text.length) {
    const charLength = (text.codePointAt(index) ?? 0) > 65535 ? 2 : 1;
    const charBytes = encoder.encode(text.slice(index, index + charLength)).length;
    if (bytes + charBytes > maxBytes && index > start) break;
    index += charLength;
    bytes += charBytes;
    if (bytes >= maxBytes) break;
  }
  return { index, bytes };
}

/** Astro 7.3.5's own `chunkString`, as it was before the patch. */
function originalChunkString(text: string, maxBytes: number): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < text.length;) {
    const { index } = originalChunkEnd(text, start, maxBytes);
    chunks.push(text.slice(start, index));
    start = index;
  }
  return chunks;
}

// Every kind of UTF-16 unit: ASCII, 2- and 3-byte characters, pairs (4 bytes), and lone surrogates.
const unit = fc.oneof(
  fc.constantFrom('a', '"', '\\', '\n', 'é', 'ß', '中', '—', '😀', '𝄞', '\ud800', '\udc00'),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const text = fc.array(unit, { maxLength: 40 }).map((units) => units.join(''));

describe('the patched chunkString of Astro’s content store', () => {
  it('cuts every string exactly where Astro’s original did', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 12 }), (value, maxBytes) => {
        expect(chunkString(value, maxBytes)).toEqual(originalChunkString(value, maxBytes));
      }),
      { seed: 11, numRuns: 2000 },
    );
  });

  it('never splits a surrogate pair, and the chunks join back to the string', () => {
    const value = 'ab😀cd中é'.repeat(50);
    const chunks = chunkString(value, 5);
    expect(chunks.join('')).toBe(value);
    for (const chunk of chunks) expect(chunk).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });
});

// The patched writer takes an entry that fits in the current chunk whole, measured with Buffer.byteLength,
// and cuts only the entries that do not fit. The chunks it writes must be those of Astro's original loop.
const { ChunkedWriter } = (await import(writer)) as {
  ChunkedWriter: new (
    dir: URL,
    chunkSize: number,
  ) => { write(collections: Map<string, Map<string, unknown>>): Promise<boolean> };
};
const devalue = (await import(pathToFileURL(join(PROJECT_ROOT, 'node_modules/devalue/index.js')).href)) as {
  stringify: (value: unknown) => string;
};

/** Astro 7.3.5's `#writeCollection` before the patch: each entry cut to fit what is left of the chunk. */
function originalChunks(entries: [string, unknown][], chunkSize: number): string[] {
  const chunks: string[] = [];
  let chunk = '';
  let chunkBytes = 0;
  for (const entry of entries) {
    const serialized = `${devalue.stringify(entry)}\n`;
    let start = 0;
    while (start < serialized.length) {
      const { index, bytes } = originalChunkEnd(serialized, start, chunkSize - chunkBytes);
      chunk += serialized.slice(start, index);
      chunkBytes += bytes;
      start = index;
      if (chunkBytes >= chunkSize) {
        chunks.push(chunk);
        chunk = '';
        chunkBytes = 0;
      }
    }
  }
  if (chunk) chunks.push(chunk);
  return chunks;
}

async function writtenChunks(entries: [string, unknown][], chunkSize: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'store-chunks-'));
  try {
    const url = pathToFileURL(`${dir}/`);
    await new ChunkedWriter(url, chunkSize).write(new Map([['briefs', new Map(entries)]]));
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, string[]>;
    return (manifest.briefs ?? []).map((name) => readFileSync(join(dir, name), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the patched chunked writer of Astro’s content store', () => {
  it('writes the chunks Astro’s original loop wrote, whole entries and cut ones alike', async () => {
    // Ids are sorted as the writer sorts them, so that the reference sees the same order.
    const entries = fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), text), {
      selector: ([id]) => id,
      maxLength: 8,
    });
    await fc.assert(
      fc.asyncProperty(entries, fc.integer({ min: 4, max: 60 }), async (list, chunkSize) => {
        const sorted = [...list].sort(([a], [b]) => a.localeCompare(b));
        // As written to a file: a lone surrogate becomes U+FFFD.
        const asWritten = originalChunks(sorted, chunkSize).map((chunk) => Buffer.from(chunk).toString());
        expect(await writtenChunks(sorted, chunkSize)).toEqual(asWritten);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

// The patched store remembers the line each entry was read from (MutableDataStore.fromDir passes
// rememberEntryLine to the parser) and writes that line again for an entry still in the store, and it does not
// rewrite a chunk file already there under its content's hash. Read back, changed and written again, a store
// must be exactly what a fresh write of the same entries gives.
const { rememberEntryLine } = (await import(writer)) as {
  rememberEntryLine: (id: string, entry: unknown, line: string) => void;
};
const storeModule = pathToFileURL(join(PROJECT_ROOT, 'node_modules/astro/dist/content/data-store.js')).href;
const { ChunkedCollectionParser } = (await import(storeModule)) as {
  ChunkedCollectionParser: new (onRecord?: (id: string, entry: unknown, line: string) => void) => {
    add(part: string): void;
    finish(): Map<string, unknown>;
  };
};

/** Writes `entries` as the `briefs` collection into `dir`; gives the manifest's chunks and their contents. */
async function writeStore(dir: string, entries: Map<string, unknown>): Promise<string[]> {
  await new ChunkedWriter(pathToFileURL(`${dir}/`), 64).write(new Map([['briefs', entries]]));
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, string[]>;
  return (manifest.briefs ?? []).flatMap((name) => [name, readFileSync(join(dir, name), 'utf8')]);
}

/** Reads the `briefs` collection of the store in `dir` as MutableDataStore.fromDir does. */
function readStore(dir: string): Map<string, unknown> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, string[]>;
  const parser = new ChunkedCollectionParser(rememberEntryLine);
  for (const name of manifest.briefs ?? []) parser.add(readFileSync(join(dir, name), 'utf8'));
  return parser.finish();
}

describe('the patched store writer, writing a store it has read', () => {
  it('writes what a fresh write of the same entries writes, after changes, deletions and additions', async () => {
    const entry = (id: string, text: string) => ({ id, data: { title: `${text} “中文” 😀`, n: id.length } });
    const first = new Map(['a', 'b', 'c', 'd', 'e'].map((id) => [id, entry(id, `brief ${id}`)]));
    const [kept, fresh] = [
      mkdtempSync(join(tmpdir(), 'store-kept-')),
      mkdtempSync(join(tmpdir(), 'store-new-')),
    ];
    try {
      await writeStore(kept, first);
      const read = readStore(kept);
      read.set('b', entry('b', 'changed'));
      read.delete('d');
      read.set('f', entry('f', 'added'));
      const again = await writeStore(kept, read);
      expect(again).toEqual(await writeStore(fresh, structuredClone(read)));
      expect(readStore(kept)).toEqual(read);
    } finally {
      for (const dir of [kept, fresh]) rmSync(dir, { recursive: true, force: true });
    }
  });
});
