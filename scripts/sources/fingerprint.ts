import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { createHash } from 'node:crypto';

/**
 * The fingerprint of a page's main text, so that a later check can tell whether what a brief cites has
 * changed. Only the main text counts: scripts, styles, navigation, headers, footers, asides, forms and hidden
 * elements are stripped, because they change from visit to visit (menus, "most read" lists, tracking code)
 * while the story stays the same; whitespace is normalised for the same reason.
 */

/** Elements never part of the main text. */
const BOILERPLATE_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'nav',
  'aside',
  'footer',
  'form',
  'button',
  'select',
  'dialog',
  'menu',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
]);

/** ARIA landmarks and widgets that are site furniture, not the story. */
const BOILERPLATE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'dialog',
]);

/** Elements whose start and end separate words: `<p>a</p><p>b</p>` reads `a b`, not `ab`. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

/** The main text of an HTML page: the `<main>` (or else the longest `<article>`, or else the `<body>`), boilerplate stripped, whitespace collapsed. */
export function extractMainText(html: string): string {
  const tree = fromHtml(html);
  const main = findFirst(tree, (element) => element.tagName === 'main' || element.properties.role === 'main');
  const articles = findAll(tree, (element) => element.tagName === 'article');
  const longest = articles.sort((a, b) => readText(b, true).length - readText(a, true).length)[0];
  const root = main ?? longest;
  // A page-wide `<header>` is furniture; the `<header>` of an article holds its headline and byline.
  return normaliseText(root ? readText(root, true) : readText(tree, false));
}

/** Collapses every run of whitespace to one space, trims, and composes characters (NFC). */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** `sha256:` and the hex digest of a text or bytes. */
export function hashText(content: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}

/** The fingerprint of a response body: of the main text for HTML, of the normalised text for other text, else of the bytes. */
export function fingerprintBody(body: Uint8Array, contentType: string | null): string {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === '' || type === 'text/html' || type === 'application/xhtml+xml') {
    return hashText(extractMainText(new TextDecoder().decode(body)));
  }
  if (type.startsWith('text/')) return hashText(normaliseText(new TextDecoder().decode(body)));
  return hashText(body);
}

function readText(node: Root | Element, keepHeaders: boolean): string {
  let text = '';
  for (const child of node.children) text += readChild(child, keepHeaders);
  return text;
}

function readChild(node: RootContent, keepHeaders: boolean): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || isBoilerplate(node, keepHeaders)) return '';
  const inner = readText(node, keepHeaders);
  return INLINE_TAGS.has(node.tagName) ? inner : ` ${inner} `;
}

function isBoilerplate(element: Element, keepHeaders: boolean): boolean {
  const { properties } = element;
  if (BOILERPLATE_TAGS.has(element.tagName) || (!keepHeaders && element.tagName === 'header')) return true;
  if (properties.hidden !== undefined && properties.hidden !== false) return true;
  if (properties.ariaHidden === 'true') return true;
  return typeof properties.role === 'string' && BOILERPLATE_ROLES.has(properties.role);
}

function findAll(node: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    found.push(...findAll(child, test));
  }
  return found;
}

function findFirst(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  return findAll(node, test)[0];
}
