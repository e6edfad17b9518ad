/**
 * The values that `npm run new` and `npm run import` write where an editor still has to fill something in.
 * One module for both commands and for the check that keeps them out of published briefs
 * (src/lib/checks/check-placeholders.ts): a value written by one and missed by the other would slip through.
 */

/** The fields of a source that neither command could fill: the editor replaces each one. */
export const PLACEHOLDER_SOURCE = {
  title: 'Title of the source',
  publisher: 'Who published it',
  url: 'https://example.com/replace-me',
} as const;

/** The first sentence of a new brief's body, to be replaced by the editor's own. */
export const PLACEHOLDER_SENTENCE = 'Write the first sentence here, then cite its sources by number [1].';

// example.com is reserved (RFC 2606): no real source lives there, so any address under this one is a
// placeholder, whatever the path an editor or a tool added to it.
const PLACEHOLDER_URL_PREFIX = PLACEHOLDER_SOURCE.url;

/** Whether a frontmatter value is a placeholder of `npm run new` or `npm run import`. */
export function isPlaceholderValue(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return (
    text === PLACEHOLDER_SOURCE.title ||
    text === PLACEHOLDER_SOURCE.publisher ||
    text.startsWith(PLACEHOLDER_URL_PREFIX)
  );
}
