// The link checker: every internal link, asset and #anchor of a built site must resolve to a file of the site
// (and, for an anchor, to an element with that id). Used by the build tests and `npm run check:links`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { extractLinks, type PageLinks } from './extract-links.ts';

/** Where the site is served: links to this origin under this path are internal. */
export interface SiteAddress {
  siteUrl: string;
  basePath: string;
}

/** One link that does not resolve. */
export interface BrokenLink {
  /** The page that holds the link, relative to the site folder. */
  page: string;
  where: string;
  url: string;
  reason: string;
}

/** What was checked: the number of pages and links, and the broken ones. */
export interface LinkReport {
  pages: number;
  links: number;
  broken: BrokenLink[];
}

/** Checks every HTML page of the site in `siteDir`. */
export function checkSiteLinks(siteDir: string, site: SiteAddress): LinkReport {
  const pages = listFiles(siteDir).filter((file) => file.endsWith('.html'));
  const cache = new Map<string, PageLinks>();
  const read = (file: string) => {
    let page = cache.get(file);
    if (!page) cache.set(file, (page = extractLinks(readFileSync(join(siteDir, file), 'utf8'))));
    return page;
  };
  const report: LinkReport = { pages: pages.length, links: 0, broken: [] };
  for (const page of pages) {
    for (const link of read(page).links) {
      report.links += 1;
      const reason = checkLink(link.url, { siteDir, site, page, read });
      if (reason) report.broken.push({ page, where: link.where, url: link.url, reason });
    }
  }
  return report;
}

interface LinkContext {
  siteDir: string;
  site: SiteAddress;
  /** The page holding the link, relative to the site folder, `/`-separated. */
  page: string;
  read: (file: string) => PageLinks;
}

/** Why a link is broken, or undefined when it resolves (or leaves the site, which is not ours to check). */
export function checkLink(link: string, context: LinkContext): string | undefined {
  if (/^(mailto|tel|data|javascript):/i.test(link)) return undefined;
  const base = new URL(context.site.basePath, context.site.siteUrl);
  const url = new URL(link, new URL(getPagePath(context.page), base));
  if (url.origin !== base.origin) return undefined;
  if (!url.pathname.startsWith(base.pathname)) return `outside the base path ${base.pathname}`;
  const file = resolveFile(context.siteDir, decodeURIComponent(url.pathname.slice(base.pathname.length)));
  if (typeof file !== 'string') return file.reason;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment === '' || !file.endsWith('.html')) return undefined;
  return context.read(file).ids.has(fragment) ? undefined : `no element with id "${fragment}" in ${file}`;
}

/** The file a path inside the site serves: `x/` serves `x/index.html`; `x` must be a file itself. */
function resolveFile(siteDir: string, path: string): string | { reason: string } {
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  const full = join(siteDir, file);
  if (existsSync(full) && statSync(full).isFile()) return file;
  if (existsSync(join(siteDir, path, 'index.html')))
    return { reason: 'a folder linked without its trailing slash' };
  return { reason: `no file ${file}` };
}

/** The URL path of a page file, relative to the base: `briefs/x/index.html` is `briefs/x/`. */
function getPagePath(file: string): string {
  return file.endsWith('/index.html') || file === 'index.html' ? file.slice(0, -'index.html'.length) : file;
}

/** Every file under `dir`, relative to it, with `/` separators, sorted. */
export function listFiles(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  return files.sort();
}
