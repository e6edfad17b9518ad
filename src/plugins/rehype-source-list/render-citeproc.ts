import { Cite } from 'rehype-citation';
import { getIndependentStyle } from './independent-styles.ts';
import type { CslStyle } from './styles.ts';
import type { CslItem } from './to-csl.ts';

// Only the part of citation-js's plugin registry used here; its declared type is `{}`.
interface CitePlugins {
  output: { format: (name: 'bibliography', data: CslItem[], options: Record<string, unknown>) => unknown };
}

/** Renders items through rehype-citation's citation-js CSL engine in one call: each entry's HTML, by item id. */
export function renderWithCiteproc(items: readonly CslItem[], style: CslStyle): Map<string, string> {
  const { output } = Cite.plugins as unknown as CitePlugins;
  const template = getIndependentStyle(style);
  // `hyperlinks` makes citeproc print the URL as a link, which reference-content.ts turns into ours.
  const options = { template, lang: 'en-US', format: 'html', asEntryArray: true, hyperlinks: true };
  const entries = output.format('bibliography', [...items], options);
  return new Map(Array.isArray(entries) ? entries.filter(isEntry) : []);
}

function isEntry(entry: unknown): entry is [string, string] {
  return Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string';
}
