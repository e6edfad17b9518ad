import type { Element, ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import type { CslItem } from './to-csl.ts';

/**
 * Turns one entry of citeproc's HTML bibliography into phrasing content for the reference span: the style's
 * own number label (`csl-left-margin`, "1. " in vancouver) is dropped because the list's `<ol>` numbers the
 * entries with the brief's own numbers, and the entry's `<div>` wrappers are unwrapped.
 */
export function toReferenceContent(html: string, url: string | undefined): ElementContent[] {
  const tree = fromHtml(html, { fragment: true });
  return linkSource(trimEdges(toPhrasing(tree.children)), url);
}

/** Our own plain rendering of a source, for when the CSL engine fails on it: "Title. Publisher. URL". */
export function createFallbackContent(item: CslItem): ElementContent[] {
  const text = [item.title, item['container-title']].filter(Boolean).join('. ');
  const content: ElementContent[] = text ? [{ type: 'text', value: `${text}.` }] : [];
  return linkSource(content, item.URL);
}

/** Whether the content holds any visible text. */
export function hasText(nodes: ElementContent[]): boolean {
  return nodes.some((node) =>
    node.type === 'text' ? node.value.trim() !== '' : node.type === 'element' && hasText(node.children),
  );
}

// New nodes without `position`: positions in citeproc's string would be wrong places in the brief.
function toPhrasing(nodes: RootContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'text') return [{ type: 'text', value: node.value }];
    if (node.type !== 'element') return [];
    if (node.tagName === 'div') return isLeftMargin(node) ? [] : toPhrasing(node.children);
    const { tagName, properties } = node;
    return [{ type: 'element', tagName, properties, children: toPhrasing(node.children) }];
  });
}

function isLeftMargin(node: Element): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes('csl-left-margin');
}

// citeproc indents its HTML with newlines and spaces around the entry's divs.
function trimEdges(nodes: ElementContent[]): ElementContent[] {
  const result = [...nodes];
  while (isBlank(result[0])) result.shift();
  while (isBlank(result.at(-1))) result.pop();
  const first = result[0];
  if (first?.type === 'text') result[0] = { ...first, value: first.value.trimStart() };
  const last = result.at(-1);
  if (last?.type === 'text') result[result.length - 1] = { ...last, value: last.value.trimEnd() };
  return result;
}

function isBlank(node: ElementContent | undefined): boolean {
  return node?.type === 'text' && node.value.trim() === '';
}

/**
 * The link rule, the same for every style: the URL the style prints becomes the one link to the source (all
 * five offline styles print it). If a rendering has no URL, it is appended, so each entry has exactly one link.
 * The href is set from the source, not taken from citeproc, which leaves quotes in hrefs unescaped.
 */
function linkSource(content: ElementContent[], url: string | undefined): ElementContent[] {
  if (url === undefined) return relink(content, '', { linked: true });
  const state = { linked: false };
  const result = relink(content, url, state);
  if (state.linked) return result;
  return result.length > 0
    ? [...result, { type: 'text', value: ' ' }, createLink(url, url)]
    : [createLink(url, url)];
}

function relink(nodes: ElementContent[], url: string, state: { linked: boolean }): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return [node];
    const children = relink(node.children, url, state);
    if (node.tagName !== 'a') return [{ ...node, children }];
    // Keep the first link only; later ones (none in the offline styles) become their text.
    if (state.linked) return children;
    state.linked = true;
    return [createLink(url, children)];
  });
}

function createLink(url: string, children: string | ElementContent[]): Element {
  return h('a', { href: url, rel: ['noopener', 'noreferrer'] }, children);
}
