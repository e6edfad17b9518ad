import type { ElementContent } from 'hast';
import { createFallbackContent, hasText, toReferenceContent } from './reference-content.ts';
import { renderWithCiteproc } from './render-citeproc.ts';
import type { CslStyle } from './styles.ts';
import type { CslItem } from './to-csl.ts';

/** Renders CSL items in a style, in one call: citeproc's HTML bibliography entry of each, by item id. */
export type RenderReferences = (
  items: readonly CslItem[],
  style: CslStyle,
) => Map<string, string> | Promise<Map<string, string>>;

/** A reference ready for the list; `problem` says why the plain fallback was used instead of the style. */
export interface FormattedReference {
  content: ElementContent[];
  problem?: string;
}

/** Settings of a reference formatter; `render` is replaceable so tests can count calls to the engine. */
export interface ReferenceFormatterSettings {
  style: CslStyle;
  /** Default: citeproc on this thread. */
  render?: RenderReferences;
}

/**
 * Creates a formatter with its own cache: one Map per formatter, so per processor when made in the attacher.
 * It formats the sources of a brief that it has not seen before in one call to the engine, which costs about
 * half as much per source as one call each; styles are made neighbour-independent (see independent-styles.ts),
 * so an entry reads the same in any company and may be cached on its own.
 */
export function createReferenceFormatter(
  settings: ReferenceFormatterSettings,
): (items: readonly CslItem[]) => Promise<FormattedReference[]> {
  const { style, render = renderWithCiteproc } = settings;
  const cache = new Map<string, FormattedReference>();
  return async (items) => {
    const keys = items.map((item) => getCacheKey(item, style));
    const unseen = new Map<string, CslItem>();
    items.forEach((item, index) => {
      const key = keys[index] ?? '';
      if (!cache.has(key) && !unseen.has(key)) unseen.set(key, item);
    });
    const formatted = await formatReferences([...unseen.values()], style, render);
    [...unseen.keys()].forEach((key, index) => cache.set(key, formatted[index] ?? fallback(undefined)));
    // Copies: later plugins may change the tree, and the cached nodes must stay as formatted.
    return keys.map((key) => structuredClone(cache.get(key) ?? fallback(undefined)));
  };
}

// The id (`source-n`) is left out (JSON drops undefined): the same source cited as number 2 in one brief and
// 5 in another is one entry.
function getCacheKey(item: CslItem, style: CslStyle): string {
  return `${style}\n${JSON.stringify({ ...item, id: undefined })}`;
}

/** Formats items in one call; if the engine fails on the batch, each alone, so one bad source spoils no other. */
async function formatReferences(
  items: CslItem[],
  style: CslStyle,
  render: RenderReferences,
): Promise<FormattedReference[]> {
  if (items.length === 0) return [];
  try {
    const entries = await render(items, style);
    return items.map((item) => toFormattedReference(item, style, entries.get(item.id) ?? ''));
  } catch (error) {
    if (items.length > 1) {
      const alone = await Promise.all(items.map((item) => formatReferences([item], style, render)));
      return alone.flat();
    }
    // citeproc may throw on data it does not expect: that is a problem of the brief's content, not a crash.
    const reason = error instanceof Error ? error.message : String(error);
    return [fallback(items[0], `The ${style} style failed on it: ${reason}`)];
  }
}

function toFormattedReference(item: CslItem, style: CslStyle, html: string): FormattedReference {
  const content = toReferenceContent(html, item.URL);
  return hasText(content) ? { content } : fallback(item, `The ${style} style printed nothing for it`);
}

function fallback(item: CslItem | undefined, problem = 'It could not be formatted'): FormattedReference {
  return { content: item ? createFallbackContent(item) : [], problem };
}
