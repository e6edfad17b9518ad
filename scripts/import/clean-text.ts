/** Text cleaning shared by the readers of a source item's fields. */

/** The text without parenthesised notes: `(paywalled)`, `（中文）`. */
export function withoutNotes(text: string): string {
  return text.replace(/\([^)]*\)|（[^）]*）/g, ' ');
}

/** Separators and marks around a field: dashes, colons, bars, commas, full stops, bullets, full-width ones. */
const EDGES = /^[\s—–\-:：|｜,，.。;；·•・/]+|[\s—–\-:：|｜,，.。;；·•・/]+$/g;

/** Text without HTML tags, Markdown emphasis and surrounding separators; undefined when nothing is left. */
export function cleanText(text: string): string | undefined {
  const cleaned = text
    .replace(/<[^>]+>/g, ' ')
    // Emphasis marks; an `_` inside a word stays: `标题_新华网` is a page title's separator.
    .replace(/\*\*|__|(?<!\w)\*|\*(?!\w)|(?<!\S)_|_(?!\S)/g, '')
    .replace(/\(\s*\)|（\s*）/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(EDGES, '');
  return /[\p{Letter}\p{Number}]/u.test(cleaned) ? cleaned : undefined;
}
