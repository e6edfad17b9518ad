import type { ElementContent } from 'hast';
// Importing rehype-citation prints Node's punycode deprecation warning (DEP0040): every entry point of its
// bundle imports the `punycode` built-in for its bundled fetch code, which is never used here.
import { Cite } from 'rehype-citation';
import { createFallbackContent, hasText, toReferenceContent } from './reference-content.ts';
import type { CslItem } from './to-csl.ts';

/** The CSL styles rehype-citation ships, so they work offline. `vancouver` is numeric, the others author-date. */
export type CitationStyle = 'vancouver' | 'apa' | 'chicago' | 'harvard1' | 'mla';

/** Every offline style, for checking options given from JavaScript. */
export const CITATION_STYLES: readonly CitationStyle[] = ['vancouver', 'apa', 'chicago', 'harvard1', 'mla'];

/** Renders one CSL item in a style as one entry of citeproc's HTML bibliography. */
export type RenderReference = (item: CslItem, style: CitationStyle) => string;

/** A reference ready for the list; `problem` says why the plain fallback was used instead of the style. */
export interface FormattedReference {
  content: ElementContent[];
  problem?: string;
}

/** Settings of a reference formatter; `render` is replaceable so tests can count calls to the engine. */
export interface ReferenceFormatterSettings {
  style: CitationStyle;
  render?: RenderReference;
}

// Only the part of citation-js's plugin registry used here; its declared type is `{}`.
interface CitePlugins {
  output: { format: (name: 'bibliography', data: CslItem[], options: Record<string, unknown>) => unknown };
}

/** Renders through rehype-citation's citation-js CSL engine, with the URL as a link (`hyperlinks`). */
export const renderWithCiteproc: RenderReference = (item, style) => {
  const { output } = Cite.plugins as unknown as CitePlugins;
  const options = { template: style, lang: 'en-US', format: 'html', asEntryArray: true, hyperlinks: true };
  const entries = output.format('bibliography', [item], options);
  const html: unknown = Array.isArray(entries) ? (entries[0] as unknown[] | undefined)?.[1] : undefined;
  return typeof html === 'string' ? html : '';
};

/**
 * Creates a formatter with its own cache: one Map per formatter, so per processor when made in the attacher.
 * Each source is formatted alone, so its text never depends on the other sources (no "2026a", no "———").
 */
export function createReferenceFormatter(
  settings: ReferenceFormatterSettings,
): (item: CslItem) => FormattedReference {
  const { style, render = renderWithCiteproc } = settings;
  const cache = new Map<string, FormattedReference>();
  return (item) => {
    const key = getCacheKey(item, style);
    let reference = cache.get(key);
    if (!reference) {
      reference = formatReference(item, style, render);
      cache.set(key, reference);
    }
    // A copy: later plugins may change the tree, and the cached nodes must stay as formatted.
    return structuredClone(reference);
  };
}

// The id (`source-n`) is left out (JSON drops undefined): the same source cited as number 2 in one brief and
// 5 in another is one entry.
function getCacheKey(item: CslItem, style: CitationStyle): string {
  return `${style}\n${JSON.stringify({ ...item, id: undefined })}`;
}

function formatReference(item: CslItem, style: CitationStyle, render: RenderReference): FormattedReference {
  try {
    const content = toReferenceContent(render(item, style), item.URL);
    if (hasText(content)) return { content };
    return { content: createFallbackContent(item), problem: `The ${style} style printed nothing for it` };
  } catch (error) {
    // citeproc may throw on data it does not expect: that is a problem of the brief's content, not a crash.
    const reason = error instanceof Error ? error.message : String(error);
    return { content: createFallbackContent(item), problem: `The ${style} style failed on it: ${reason}` };
  }
}
