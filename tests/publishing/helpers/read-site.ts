import { XMLParser } from 'fast-xml-parser';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sax from 'sax';
import { listFiles } from '../../../scripts/links/find-broken-links.ts';

/**
 * Readers of a built site's machine-readable files, with real parsers: sax in strict mode (installed with
 * @astrojs/sitemap) checks that XML is well-formed, fast-xml-parser (installed with @astrojs/rss) reads it,
 * JSON.parse the JSON.
 */

/** Throws, with sax's reason and position, unless `text` is well-formed XML. */
export function assertWellFormedXml(text: string): void {
  const parser = sax.parser(true);
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(text).close();
}

/** Parses an XML file of the site after checking it is well-formed; throws with sax's reason if not. */
export function readXml(siteDir: string, file: string): Record<string, unknown> {
  const text = readFileSync(join(siteDir, file), 'utf8');
  assertWellFormedXml(text);
  // Attributes kept; `footnoted:source` and `item` always lists, even with one element.
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    isArray: (name) => ['item', 'footnoted:source', 'category', 'url', 'sitemap'].includes(name),
  });
  return parser.parse(text) as Record<string, unknown>;
}

/** Every `<loc>` of the sitemaps the sitemap index names. */
export function readSitemapUrls(siteDir: string): string[] {
  const index = readXml(siteDir, 'sitemap-index.xml') as {
    sitemapindex: { sitemap: Array<{ loc: string }> };
  };
  return index.sitemapindex.sitemap.flatMap(({ loc }) => {
    const file = new URL(loc).pathname.split('/').at(-1) ?? '';
    const sitemap = readXml(siteDir, file) as { urlset: { url: Array<{ loc: string }> } };
    return sitemap.urlset.url.map((url) => url.loc);
  });
}

/** The JSON-LD objects of a page. */
export function readJsonLd(html: string): Array<Record<string, unknown>> {
  const blocks = html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g);
  return [...blocks].map((match) => JSON.parse(match[1] ?? '') as Record<string, unknown>);
}

/** The pages of the site, as paths relative to it (`briefs/x/index.html`). */
export function listPages(siteDir: string): string[] {
  return listFiles(siteDir).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
}

/** The `content` of `<meta http-equiv="content-security-policy">`, or undefined. */
export function readCspMeta(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
}

/** Whether the site has the file. */
export function hasFile(siteDir: string, file: string): boolean {
  return existsSync(join(siteDir, file));
}
