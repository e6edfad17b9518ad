/**
 * rehype-sanitize-brief: makes a brief's HTML safe to publish. Raw HTML written in a brief is parsed into
 * elements here (Astro's own rehype-raw runs only after every plugin of ours, too late to sanitize what it
 * creates); then every element that came from that HTML goes through an explicit allowlist (./schema.ts),
 * which removes `<script>`, `<iframe>`, `<style>`, `on*` attributes and the like, each removal a warning at
 * the place it was written (FOOTNOTED_STRICT=1 makes it an error), so nothing disappears silently. Every
 * address in the brief, Markdown links and pasted sources included, must be http, https, mailto (links) or
 * in the site: any other, such as `javascript:`, is removed and is an error, as a bad source URL is.
 *
 * The pipeline's own markup (citations, cards, the source list) is not filtered: it is not editor input, so it
 * passes unchanged whatever it grows into. Runs after the plugins that add markup. A pure unified plugin: no
 * Astro import, no file system, network or clock.
 */
import type { Element, Root, RootContent } from 'hast';
import type { Options as Schema } from 'rehype-sanitize';
import { randomUUID } from 'node:crypto';
import rehypeRaw from 'rehype-raw';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { cleanTree, type Removal } from './clean-tree.ts';
import { RAW_HTML_SCHEMA } from './schema.ts';

export { RAW_HTML_SCHEMA } from './schema.ts';

/** Options of rehype-sanitize-brief. */
export interface Options {
  /** The allowlist for HTML written in a brief; default `RAW_HTML_SCHEMA`. */
  schema?: Schema | null | undefined;
}

/** The `ruleId` of the warnings this plugin gives. */
export const REMOVED_HTML_RULE = 'removed-html';

// Marks the elements that exist before the raw HTML is parsed, so they can be told from the ones it creates.
const MARK = 'dataFootnotedOrigin';

/** Parses raw HTML, removes what the allowlist does not hold, and warns about each removal. */
export default function rehypeSanitizeBrief(this: Processor | undefined, options?: Readonly<Options> | null) {
  if (this) turnOffLaterRehypeRaw(this);
  const schema = options?.schema ?? RAW_HTML_SCHEMA;
  const parseRaw = rehypeRaw();
  // Why random: a brief's HTML could copy any fixed mark. The mark never reaches the page, so output
  // stays the same from build to build.
  const token = randomUUID();
  return (tree: Root, file: VFile): Root => {
    // Most briefs hold no raw HTML: they skip the parse, which costs more than the rest of this plugin.
    const hasRaw = containsRaw(tree);
    if (hasRaw) markElements(tree, token);
    const clean = hasRaw ? parseRaw(tree, file) : tree;
    const isTrusted = hasRaw ? (element: Element) => takeMark(element, token) : () => true;
    reportRemovals(file, cleanTree(clean, { schema, isTrusted }));
    return clean;
  };
}

/**
 * Turns off a rehype-raw used after this plugin, as Astro's processor uses one after every plugin of ours.
 * This plugin parses raw HTML itself, so none is left for it; and hast-util-raw has no shortcut for a tree
 * without raw HTML: it re-parses the whole tree through parse5, about a millisecond per brief for nothing.
 * `false` as a plugin's options is unified's own switch for a plugin that is used but off; the attachers run
 * in order when the processor freezes, so a later one can still be switched off from here.
 */
function turnOffLaterRehypeRaw(processor: Processor): void {
  const { attachers } = processor;
  // Compared as plain values: unified types every attacher as a generic plugin.
  const isPlugin = (entry: unknown[] | undefined, plugin: unknown) => entry?.[0] === plugin;
  const start = attachers.findIndex((entry) => isPlugin(entry, rehypeSanitizeBrief));
  for (let index = start + 1; start >= 0 && index < attachers.length; index += 1) {
    if (isPlugin(attachers[index], rehypeRaw)) attachers[index] = [rehypeRaw as never, false];
  }
}

/**
 * One message per removal. The same address in several places the pipeline made (a source's card and its
 * list entry, neither with a position of its own) is one problem, reported once.
 */
function reportRemovals(file: VFile, removals: readonly Removal[]): void {
  const seen = new Set<string>();
  for (const { reason, place, fatal } of removals) {
    const key = `${reason}@${place?.start.line}:${place?.start.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const message = file.message(reason, { place, ruleId: REMOVED_HTML_RULE, source: 'footnoted' });
    message.fatal = fatal;
  }
}

function containsRaw(node: Root | RootContent): boolean {
  if (node.type === 'raw') return true;
  return 'children' in node && node.children.some((child) => containsRaw(child));
}

function markElements(node: Root | RootContent, token: string): void {
  if (node.type === 'element') node.properties[MARK] = token;
  if ('children' in node) for (const child of node.children) markElements(child, token);
}

function takeMark(element: Element, token: string): boolean {
  const { [MARK]: mark, ...properties } = element.properties;
  element.properties = properties;
  return mark === token;
}
