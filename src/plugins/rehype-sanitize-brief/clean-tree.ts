import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import rehypeSanitize, { type Options as Schema } from 'rehype-sanitize';
import type { Position } from 'unist';
import { describeAttribute, describeElement } from './describe-removal.ts';

/** Something taken out of a brief, and where the editor wrote it. */
export interface Removal {
  reason: string;
  place: Position | undefined;
  /** An address that is not a web address is an error; other removed markup is a warning. */
  fatal: boolean;
}

/** How to clean a tree: the allowlist, and which elements the pipeline made (those are kept as they are). */
export interface CleanSettings {
  schema: Schema;
  /** Whether an element came from Markdown or the pipeline, not from HTML the editor wrote. */
  isTrusted: (element: Element) => boolean;
}

/**
 * Cleans `tree` in place and lists what was removed. Elements from HTML the editor wrote go through the
 * allowlist, element by element (the sanitizer's own rules, applied to each alone); elements from Markdown and
 * from the pipeline keep their markup, and only their addresses are checked, because a Markdown link or a
 * pasted link definition can hold a `javascript:` URL. Comments are removed without a word: they are notes
 * to other editors.
 */
export function cleanTree(tree: Root, settings: CleanSettings): Removal[] {
  // Ancestor rules (a `<tr>` outside a `<table>`) need the whole tree; the HTML parser has already moved such
  // elements where they belong, so each element is checked alone.
  const sanitizeAlone = rehypeSanitize({ ...settings.schema, ancestors: {} });
  const state: State = { ...settings, sanitizeAlone, removals: [] };
  tree.children = cleanChildren(tree.children, state) as RootContent[];
  return state.removals;
}

interface State extends CleanSettings {
  /** rehype-sanitize's transform, run on a root holding one element without its children. */
  sanitizeAlone: (tree: Root) => Root;
  removals: Removal[];
}

function cleanChildren(nodes: readonly RootContent[], state: State): ElementContent[] {
  const result: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') result.push(node);
    else if (node.type === 'element') result.push(...cleanElement(node, state));
    // Comments, doctypes and anything unparsed are dropped.
  }
  return result;
}

function cleanElement(element: Element, state: State): ElementContent[] {
  if (state.isTrusted(element)) {
    checkAddresses(element, state);
  } else if (!state.schema.tagNames?.includes(element.tagName)) {
    const stripped = state.schema.strip?.includes(element.tagName) ?? false;
    const reason = describeElement(element.tagName, stripped);
    state.removals.push({ reason, place: element.position, fatal: false });
    return stripped ? [] : cleanChildren(element.children, state);
  } else {
    checkAttributes(element, state);
  }
  element.children = cleanChildren(element.children, state);
  return [element];
}

// The sanitizer's verdict on the element alone; whatever it took away is reported.
function checkAttributes(element: Element, state: State): void {
  const [safe] = state.sanitizeAlone({ type: 'root', children: [{ ...element, children: [] }] }).children;
  const kept = safe?.type === 'element' ? safe.properties : {};
  for (const [key, value] of Object.entries(element.properties)) {
    if (value === undefined || value === null || isKept(key, value, kept[key], state.schema)) continue;
    report(element, { key, value }, state);
  }
  // An attribute list emptied by the sanitizer would print as `class=""`.
  const isEmptyList = (value: unknown) => Array.isArray(value) && value.length === 0;
  element.properties = Object.fromEntries(Object.entries(kept).filter(([, value]) => !isEmptyList(value)));
}

function checkAddresses(element: Element, state: State): void {
  const removed = new Set<string>();
  for (const [key, protocols] of Object.entries(state.schema.protocols ?? {})) {
    const value = element.properties[key];
    if (typeof value !== 'string' || !protocols || hasAllowedProtocol(value, protocols)) continue;
    report(element, { key, value }, state);
    removed.add(key);
  }
  if (removed.size === 0) return;
  element.properties = Object.fromEntries(
    Object.entries(element.properties).filter(([key]) => !removed.has(key)),
  );
}

function report(element: Element, attribute: { key: string; value: Properties[string] }, state: State): void {
  const protocols = state.schema.protocols?.[attribute.key] ?? undefined;
  const isAddress = protocols !== undefined && typeof attribute.value === 'string';
  const reason = describeAttribute(element.tagName, attribute, protocols);
  state.removals.push({ reason, place: element.position, fatal: isAddress });
}

// Kept as it was, or with the prefix the schema puts before ids and names an editor writes.
function isKept(key: string, value: unknown, kept: unknown, schema: Schema): boolean {
  if (Array.isArray(value) && Array.isArray(kept)) {
    return value.length === kept.length && value.every((item, index) => item === kept[index]);
  }
  const prefix = schema.clobber?.includes(key) ? (schema.clobberPrefix ?? '') : '';
  return kept === value || kept === `${prefix}${String(value)}`;
}

/**
 * Whether a URL is local (`#x`, `/x`, `x`, `?x`) or uses one of `protocols`: hast-util-sanitize's own rule,
 * so that addresses are judged alike in Markdown and in HTML. Case-sensitive, as there.
 */
export function hasAllowedProtocol(url: string, protocols: readonly string[]): boolean {
  const colon = url.indexOf(':');
  const firstOther = [url.indexOf('?'), url.indexOf('#'), url.indexOf('/')].filter((index) => index > -1);
  if (colon < 0 || firstOther.some((index) => colon > index)) return true;
  return protocols.some((protocol) => colon === protocol.length && url.startsWith(protocol));
}
