// The search step of `npm run build`: Pagefind indexes the built briefs, offline, and writes its files (the
// index and its interface, which the search page loads) into `pagefind/` inside the site. See
// https://pagefind.app/docs/node-api/.
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { SITE_LANG } from '../../src/consts.ts';
import type { PostBuildStep } from '../build/build-site.ts';

/** The folder, inside the site, that holds Pagefind's files: the search page's `bundle-path`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * How Pagefind reads a page. Only brief pages are indexed (the glob in `buildSearchIndex`); within one, only
 * `<main>`, so the site's header, footer and skip link never match a query. Source cards repeat the source list
 * and back-links are letters: neither helps a search.
 */
export const SEARCH_INDEX_CONFIG: Readonly<PagefindServiceConfig> = {
  rootSelector: 'main',
  excludeSelectors: ['[popover]', 'button', '.source-backlinks', '[data-pagefind-ignore]'],
  // One index for every brief whatever its `lang`: Pagefind otherwise splits indexes by language, and the
  // search page (in the site's language) would never find a brief written in another.
  forceLanguage: SITE_LANG,
};

/** What the index holds once written. */
export interface SearchIndexResult {
  pageCount: number;
  outputPath: string;
}

/** Indexes every brief page of the site in `siteDir` and writes Pagefind's files there; throws on any error. */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  try {
    const { index, errors } = await pagefind.createIndex({ ...SEARCH_INDEX_CONFIG });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir, glob: 'briefs/**/*.html' });
    assertNoErrors('indexing', added.errors);
    const written = await index.writeFiles({ outputPath: join(siteDir, SEARCH_BUNDLE_DIR) });
    assertNoErrors('writing the index', written.errors);
    return { pageCount: added.page_count, outputPath: written.outputPath };
  } finally {
    // Pagefind runs as a child process; leaving it running would keep the build from exiting.
    await pagefind.close();
  }
}

function assertNoErrors(stage: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed ${stage}: ${errors.join('; ')}`);
}

/** The post-build step of scripts/build.ts. */
export const searchIndexStep: PostBuildStep = {
  name: 'search index (Pagefind)',
  run: async ({ siteDir }) => {
    const { pageCount } = await buildSearchIndex(siteDir);
    console.log(`Search index: ${pageCount} ${pageCount === 1 ? 'brief' : 'briefs'} indexed by Pagefind.`);
  },
};
