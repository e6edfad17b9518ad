import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

/**
 * Turns a brief's rendered HTML into HTML for feed readers: the text with its numbered citation links and the
 * source list, and nothing a feed reader cannot use. Buttons and source cards (popovers) are removed, and so are
 * back-links, classes and autofocus; every link becomes absolute, so `#…source-2` leads to the source list on
 * the brief's page, whichever reader shows it.
 */
export function toFeedHtml(html: string, pageUrl: string): string {
  const tree = fromHtml(html, { fragment: true });
  cleanChildren(tree, pageUrl);
  return unified().use(rehypeStringify).stringify(tree);
}

/** Elements a feed reader would show as clutter or not at all. */
const REMOVED_TAGS = new Set(['button', 'script', 'style', 'template', 'noscript']);

/** Classes of the pipeline's markup that only make sense on the site. */
const REMOVED_CLASSES = ['source-cards', 'source-backlinks'];

function cleanChildren(parent: Root | Element, pageUrl: string): void {
  parent.children = parent.children.filter((child) => !isRemoved(child)) as typeof parent.children;
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    cleanElement(child, pageUrl);
    cleanChildren(child, pageUrl);
  }
}

function isRemoved(node: RootContent): boolean {
  if (node.type === 'comment') return true;
  if (node.type !== 'element') return false;
  if (REMOVED_TAGS.has(node.tagName) || node.properties.popover !== undefined) return true;
  const classes = node.properties.className;
  return Array.isArray(classes) && REMOVED_CLASSES.some((name) => classes.includes(name));
}

function cleanElement(element: Element, pageUrl: string): void {
  const { properties } = element;
  delete properties.className;
  delete properties.autoFocus;
  delete properties.popoverTarget;
  for (const key of ['href', 'src'] as const) {
    const value = properties[key];
    if (typeof value === 'string') properties[key] = toAbsolute(value, pageUrl);
  }
}

/** A link made absolute against the brief's page; a link that is not a valid URL is left as written. */
function toAbsolute(link: string, pageUrl: string): string {
  try {
    return new URL(link, pageUrl).href;
  } catch {
    return link;
  }
}
