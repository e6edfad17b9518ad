// The `cacheKey` that lets Astro's incremental builds (`experimental.incrementalBuild`) copy a page from the
// previous build instead of rendering it again. Astro compares it with the previous build's key, alongside a hash
// of the page's code and the config; see https://docs.astro.build/en/reference/experimental-flags/incremental-build/.
import { createHash } from 'node:crypto';

/** What makes a value a content entry to the key: Astro's `digest` of the entry's file. */
interface KeyedEntry {
  collection: string;
  id: string;
  digest: string;
}

function isKeyedEntry(value: unknown): value is KeyedEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<KeyedEntry>;
  return (
    typeof entry.collection === 'string' && typeof entry.id === 'string' && typeof entry.digest === 'string'
  );
}

/**
 * A key that changes whenever the props of a page built from `getStaticPaths` change: a hash of the props, in
 * which every content entry stands as its collection, id and digest.
 *
 * Why an entry may stand for its digest: the digest hashes the entry's file, and everything else an entry's
 * render depends on (the Markdown pipeline's plugins and options, the dead-source list, the citation style) is
 * in `markdown.processor` of the config, whose hash Astro checks before reusing any page. Hashing entries whole
 * would hash each brief's rendered HTML once per list it appears in: tens of megabytes per build.
 *
 * A page may reuse its previous output only if it is a function of its props, its code and the config. Pages
 * that read anything else (the clock, other briefs outside their props) must not return a key.
 */
export function getPageCacheKey(props: unknown): string {
  const json = JSON.stringify(props, (_key, value: unknown) =>
    isKeyedEntry(value) ? `${value.collection}/${value.id}@${value.digest}` : value,
  );
  return createHash('sha256').update(json).digest('base64url');
}
