import fc from 'fast-check';
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

/** Astro 7.3.5's own `chunkString`, as it was before the patch. */
function originalChunkString(text: string, maxBytes: number): string[] {
  const encoder = new TextEncoder();
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
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
