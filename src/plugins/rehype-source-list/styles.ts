/**
 * The styles of the source list, without the CSL engine: this file must never import rehype-citation, so that
 * choosing a style (the news style, the default) costs nothing until the CSL engine is actually needed.
 */

/** The CSL styles rehype-citation ships, so they work offline. `vancouver` is numeric, the others author-date. */
export type CslStyle = 'vancouver' | 'apa' | 'chicago' | 'harvard1' | 'mla';

/** Every offline CSL style. */
export const CSL_STYLES: readonly CslStyle[] = ['vancouver', 'apa', 'chicago', 'harvard1', 'mla'];

/**
 * A style of the source list: `news` (the title as the link, then publisher, author and date, as news sites
 * list their sources; our own code) or one of the CSL styles, for an academic list.
 */
export type CitationStyle = 'news' | CslStyle;

/** Every style, for checking options given from JavaScript. */
export const CITATION_STYLES: readonly CitationStyle[] = ['news', ...CSL_STYLES];

/** Whether `style` is formatted by the CSL engine. */
export function isCslStyle(style: CitationStyle): style is CslStyle {
  return style !== 'news';
}
