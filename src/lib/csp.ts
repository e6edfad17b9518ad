/**
 * The Content-Security-Policy, in one place. Two layers, both enforced by browsers (a page must satisfy both):
 *
 * 1. Per page, Astro writes a `<meta http-equiv="content-security-policy">` (astro.config.mjs, `security.csp`):
 *    these directives plus `script-src` and `style-src` with the hash of every script and style Astro emitted.
 *    No page allows inline scripts; only the search page adds 'wasm-unsafe-eval', for Pagefind's engine.
 * 2. For hosts that read `public/_headers` (Netlify, Cloudflare Pages), one header for every file: the same
 *    directives, `frame-ancestors` (which a `<meta>` cannot set), and the widest script and style sources any
 *    page needs. It adds protection that the meta cannot give and takes none away: on a brief page the meta's
 *    policy still forbids WebAssembly and any unhashed inline style.
 *
 * Pagefind searches in a web worker (`pagefind/pagefind-worker.js`). A worker is governed by the policy sent
 * with its own file, never by the page's `<meta>`: that is why the header allows 'wasm-unsafe-eval' for every
 * file. The search page's own policy allows it too, for when Pagefind falls back to searching without a worker.
 */

/** The directives every page's policy holds besides `script-src` and `style-src`, which Astro writes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The script sources of the search page: Pagefind's files, and WebAssembly compilation for its engine. */
export const SEARCH_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * The policy of the `Content-Security-Policy` header in public/_headers. Inline styles are allowed at this layer
 * only because their hashes differ from page to page; each page's own policy allows only its hashed ones.
 */
export function getHeaderPolicy(): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${SEARCH_SCRIPT_SOURCES.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The referrer policy: other sites learn which site sent a reader, never which page. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';
