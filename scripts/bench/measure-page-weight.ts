// The weight of one built page as a browser fetches it: HTML, CSS and JavaScript bytes, raw and gzipped,
// and the number of requests it makes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes and requests of one page. */
export interface PageWeight {
  htmlBytes: number;
  htmlGzipBytes: number;
  cssBytes: number;
  cssGzipBytes: number;
  jsBytes: number;
  requests: number;
}

// Every URL the page makes the browser fetch by itself: stylesheets, scripts, icons, images, preloads.
const FETCHED = /<(?:link|script|img|source)\b[^>]*?\b(?:href|src)="([^"]+)"[^>]*>/g;
const INLINE_SCRIPT =
  /<script\b(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g;

/** Weighs `page` (a path inside `outDir`, e.g. `briefs/x/index.html`), its assets read from `outDir`. */
export function measurePageWeight(outDir: string, page: string): PageWeight {
  const html = readFileSync(join(outDir, page), 'utf8');
  const fetched = [...html.matchAll(FETCHED)]
    .filter(([tag]) => !/\brel="(?:canonical|alternate|sitemap|search)"/.test(tag ?? ''))
    .map(([tag, url]) => ({ tag: tag ?? '', url: url ?? '' }))
    .filter(({ url }) => url.startsWith('/'));
  const read = (url: string) => {
    const file = join(outDir, url.split(/[?#]/)[0] ?? '');
    return existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
  };
  const css = Buffer.concat(fetched.filter(({ tag }) => /stylesheet/.test(tag)).map(({ url }) => read(url)));
  const scripts = fetched.filter(({ tag }) => tag.startsWith('<script')).map(({ url }) => read(url));
  const inline = [...html.matchAll(INLINE_SCRIPT)].map(([, body]) => Buffer.from(body ?? ''));
  return {
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzipSync(html).length,
    cssBytes: css.length,
    cssGzipBytes: css.length > 0 ? gzipSync(css).length : 0,
    jsBytes: [...scripts, ...inline].reduce((sum, buffer) => sum + buffer.length, 0),
    requests: 1 + fetched.length,
  };
}
