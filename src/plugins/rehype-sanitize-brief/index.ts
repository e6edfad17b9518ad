/**
 * rehype-sanitize-brief: makes a brief's HTML safe to publish. Raw HTML written in a brief is parsed into
 * elements here (the pipeline has no other rehype-raw: see src/plugins/processor.ts); then every element that came from that HTML goes through an explicit allowlist (./schema.ts),
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
export default function rehypeSanitizeBrief(options?: Readonly<Options> | null) {
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
