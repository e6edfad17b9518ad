import { describe, expect, it } from 'vitest';
import { getRouteGroup, splitPhases, splitRoutes } from '../../../scripts/bench/build-phases.ts';

// The lines of one build, as Astro and scripts/build.ts print them, stamped in milliseconds.
const LOG = [
  [900, '04:34:00 [content] Syncing content'],
  [5900, '04:34:05 [content] Synced content'],
  [6000, '04:34:05 [build] Building static entrypoints...'],
  [9000, ' generating static routes '],
  [9100, '04:34:08   ├─ /404.html (+24ms) '],
  [9200, '04:34:08   ├─ /briefs/a/index.html (+30ms) '],
  [9300, '04:34:08   ├─ /briefs/b/index.html (restored)'],
  [9400, '04:34:08   ├─ /briefs/c/index.html (+12ms) '],
  [9500, '04:34:08   └─ /sources/x/index.html (+7ms) '],
  [10000, '04:34:09 ✓ Completed in 1.06s.'],
  [10100, '04:34:09 [build] Complete!'],
  [12100, 'Search index: 3 briefs indexed by Pagefind.'],
].map(([ms, text]) => ({ ms: Number(ms), text: String(text) }));

describe('build phases', () => {
  it('splits the time between the marks Astro prints', () => {
    expect(splitPhases(LOG, 12500).map(({ ms }) => ms)).toEqual([900, 5000, 100, 3000, 1000, 100, 2000, 400]);
  });

  it('merges a phase whose mark is missing into the one before', () => {
    const phases = splitPhases(
      LOG.filter(({ text }) => !text.includes('Complete!')),
      12500,
    );
    expect(phases.map(({ name, ms }) => [name.split(':')[0], ms])).toEqual([
      ['start-up', 900],
      ['content sync', 5000],
      ['types and build info', 100],
      ['bundling (Vite)', 3000],
      ['page generation', 1000],
      ['finishing', 2100],
      ['publishing', 400],
    ]);
  });

  it('sums the render time of each group of pages, and counts the pages copied', () => {
    expect(splitRoutes(LOG)).toEqual([
      { route: '/briefs/…', rendered: 2, restored: 1, ms: 42 },
      { route: '/404.html', rendered: 1, restored: 0, ms: 24 },
      { route: '/sources/…', rendered: 1, restored: 0, ms: 7 },
    ]);
  });

  it('groups a page by its first folder, a top-level page by itself', () => {
    expect(
      ['/index.html', '/rss.xml', '/page/2/index.html', '/how-we-source/index.html'].map(getRouteGroup),
    ).toEqual(['/index.html', '/rss.xml', '/page/…', '/how-we-source/…']);
  });
});
