import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../scripts/search/search-index.ts';
import { makeTempDir } from '../helpers/astro-build.ts';
import { searchSite } from './helpers/pagefind-search.ts';

const page = (lang: string, main: string) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>` +
  `<header>Masthead</header><main>${main}</main><footer>Colophon</footer></body></html>`;

/** A small built site: two brief pages (one in French), a home page and a topic page. */
const FILES: Record<string, string> = {
  'briefs/a/index.html': page(
    'en',
    '<h1>Treasury talks</h1><p>Scott Bessent spoke.<sup><button>single source</button></sup></p>' +
      '<div popover><p>Cardword</p></div><span class="source-backlinks">Backlinkword</span>',
  ),
  'briefs/b/index.html': page('fr', '<h1>Sommet</h1><p>Les ministres se sont réunis à Genève.</p>'),
  'index.html': page('en', '<h1>Latest</h1><p>Scott Bessent spoke.</p>'),
  'topics/x/index.html': page('en', '<h1>Topic</h1><p>Scott Bessent spoke.</p>'),
};

describe('buildSearchIndex', () => {
  let siteDir: string;
  let pageCount: number;

  beforeAll(async () => {
    siteDir = makeTempDir('search');
    for (const [file, html] of Object.entries(FILES)) {
      mkdirSync(dirname(join(siteDir, file)), { recursive: true });
      writeFileSync(join(siteDir, file), html);
    }
    ({ pageCount } = await buildSearchIndex(siteDir));
  });

  it('indexes brief pages only: lists and navigation are never results', async () => {
    expect(pageCount).toBe(2);
    expect(await searchSite(siteDir, 'Bessent', '/')).toEqual([
      { url: '/briefs/a/', title: 'Treasury talks' },
    ]);
  });

  it('reads only the main content, without cards, buttons and back-links', async () => {
    for (const word of ['Masthead', 'Colophon', 'Cardword', 'Backlinkword', 'single']) {
      expect(await searchSite(siteDir, word, '/'), word).toEqual([]);
    }
  });

  it('finds a brief in another language from the site’s one search page', async () => {
    expect(await searchSite(siteDir, 'Genève', '/news/')).toEqual([
      { url: '/news/briefs/b/', title: 'Sommet' },
    ]);
  });
});
