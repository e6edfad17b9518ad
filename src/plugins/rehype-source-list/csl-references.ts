import type { BriefSource } from '../../citations/index.ts';
// Types only: erased from the JavaScript, so this file does not load the CSL engine.
import type { FormattedReference } from './format-reference.ts';
import type { CslStyle } from './styles.ts';
import { toCslItem } from './to-csl.ts';

/** Formats a brief's sources, in source-number order: one reference each. */
export type FormatSources = (
  sources: readonly BriefSource[],
) => FormattedReference[] | Promise<FormattedReference[]>;

/**
 * A formatter of sources in a CSL style that loads the CSL engine (rehype-citation and citeproc) the first
 * time it formats, never before: a site on the news style never loads it at all, and loading it is the largest
 * single cost of the citation stage (PERF-NOTES). One formatter, and one cache, per processor.
 */
export function createCslFormatter(style: CslStyle): FormatSources {
  let formatter: ReturnType<typeof loadFormatter> | undefined;
  return async (sources) => {
    formatter ??= loadFormatter(style);
    const format = await formatter;
    return format(sources.map((source, index) => toCslItem(source, index + 1)));
  };
}

async function loadFormatter(style: CslStyle) {
  const { createReferenceFormatter } = await import('./format-reference.ts');
  return createReferenceFormatter({ style });
}
