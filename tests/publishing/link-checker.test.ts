import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLinks } from '../../scripts/links/extract-links.ts';
import { checkSiteLinks } from '../../scripts/links/find-broken-links.ts';
import { makeTempDir } from '../helpers/astro-build.ts';

/** Writes a small site: each key a file under the folder. */
function writeSite(files: Record<string, string>): string {
  const dir = makeTempDir('links');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const page = (body: string, head = '') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('extractLinks', () => {
  it('reads links, assets, social images and ids', () => {
    const html = page(
      '<a href="/a/" id="top">A</a><a name="old">x</a><img src="i.png" srcset="i.png 1x, j.png 2x" alt="">',
      '<link rel="stylesheet" href="/s.css"><meta property="og:image" content="https://x.org/c.png"><script src="/j.js"></script>',
    );
    const found = extractLinks(html);
    expect(found.links.map((link) => `${link.where} ${link.url}`)).toEqual([
      'link[href] /s.css',
      'meta[og:image] https://x.org/c.png',
      'script[src] /j.js',
      'a[href] /a/',
      'img[src] i.png',
      'img[srcset] i.png',
      'img[srcset] j.png',
    ]);
    expect([...found.ids]).toEqual(['top', 'old']);
  });
});

describe('checkSiteLinks', () => {
  const site = writeSite({
    'index.html': page(
      '<a href="/news/briefs/x/#bx-source-1">ok</a><a href="briefs/x/">relative</a><a href="#main">here</a>' +
        '<main id="main"></main><a href="https://example.org/news/feed.json">feed</a>' +
        '<a href="https://elsewhere.example/missing">external</a><a href="mailto:desk@example.org">mail</a>',
    ),
    'briefs/x/index.html': page(
      '<li id="bx-source-1">Source</li><a href="../../sources/人民日报/">outlet</a>',
    ),
    'sources/人民日报/index.html': page(
      '<a href="/news/sources/%E4%BA%BA%E6%B0%91%E6%97%A5%E6%8A%A5/">self</a>',
    ),
    'feed.json': '{}',
    '404.html': page('<a href="/news/">home</a>'),
  });
  const address = { siteUrl: 'https://example.org', basePath: '/news/' };

  it('finds nothing broken in a sound site, external links left alone', () => {
    const report = checkSiteLinks(site, address);
    expect(report.broken).toEqual([]);
    expect(report).toMatchObject({ pages: 4, links: 9 });
  });

  it('reports missing pages, missing anchors, missing slashes and links outside the base path', () => {
    const broken = writeSite({
      'index.html': page(
        '<a href="/news/briefs/y/">gone</a><a href="/news/briefs/x/#bx-source-9">no anchor</a>' +
          '<a href="/news/briefs/x">no slash</a><a href="/briefs/x/">no base</a><img src="/news/missing.png" alt="">',
      ),
      'briefs/x/index.html': page('<li id="bx-source-1">Source</li>'),
    });
    expect(checkSiteLinks(broken, address).broken.map((link) => `${link.url}: ${link.reason}`)).toEqual([
      '/news/briefs/y/: no file briefs/y/index.html',
      '/news/briefs/x/#bx-source-9: no element with id "bx-source-9" in briefs/x/index.html',
      '/news/briefs/x: a folder linked without its trailing slash',
      '/briefs/x/: outside the base path /news/',
      '/news/missing.png: no file missing.png',
    ]);
  });
});
