import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One search result: the address Pagefind gives it, and its title. */
export interface SearchHit {
  url: string;
  title: string;
}

interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (
    query: string,
  ) => Promise<{ results: Array<{ data: () => Promise<SearchHit & { meta: { title: string } }> }> }>;
  destroy?: () => Promise<void>;
}

/**
 * Searches a built site with Pagefind's own engine (the `pagefind.js` the search page loads), in Node: the
 * engine fetches its index files, so `fetch` reads `file:` URLs from the site folder while it runs. No server,
 * no network. `baseUrl` is what the search page gives Pagefind (its `<pagefind-config base-url>`).
 */
export async function searchSite(siteDir: string, query: string, baseUrl: string): Promise<SearchHit[]> {
  const bundle = join(siteDir, 'pagefind/');
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') throw new Error(`the search tried the network: ${url.href}`);
    return new Response(await readFile(fileURLToPath(url)));
  };
  try {
    const pagefind = (await import(pathToFileURL(join(bundle, 'pagefind.js')).href)) as PagefindModule;
    await pagefind.options({ basePath: pathToFileURL(bundle).href, baseUrl });
    const { results } = await pagefind.search(query);
    const hits = await Promise.all(results.map((result) => result.data()));
    return hits.map((hit) => ({ url: hit.url, title: hit.meta.title }));
  } finally {
    globalThis.fetch = realFetch;
  }
}
