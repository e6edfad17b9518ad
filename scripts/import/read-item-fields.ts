/**
 * Reads the title, publisher and author from the words of a source item, once its addresses and dates are
 * taken out. The shapes, in the order tried:
 *   `Reuters — “China and US agree” (paywalled)。`        publisher before a quoted title, a note after it
 *   `“China and US agree,” Reuters.`                      a quoted title, the publisher after it
 *   `Smith, J. (2024). "Title." Publisher. [PDF]`         APA: author, year, quoted or plain title, publisher
 *   `[Title](url) - Reuters`                              a link's text as the title, the rest as publisher
 *   `Tan, T.R.: Title, *Journal*, Vol.46, pp.56-59 (2005).` author, colon, title, journal (IPSJ, GB/T 7714)
 *   `Podman - ArchWiki`, `(Podman - ArchWiki)`, `沈老师PPT：` anything else: the title
 */

/** What the words of an item give. */
export interface ItemFields {
  title?: string;
  publisher?: string;
  author?: string;
}

/** A quoted title: “…”, "…", «…», 「…」, 『…』 or 《…》; each group is one kind of quotes. */
const QUOTED = /“([^”]+)”|"([^"]+)"|«([^»]+)»|「([^」]+)」|『([^』]+)』|《([^》]+)》/;

/** APA's start: the authors, then the year in parentheses (a date may follow it: `(2024, May 3)`). */
const APA = new RegExp(
  [
    '^(.+?)', // group 1: the authors, as few characters as possible
    '\\s*\\((\\d{4}[^)]*)\\)', // group 2: `2024` or `2024, May 3`, without the parentheses
    '\\.?\\s*(.*)$', // group 3: the rest (title, publisher), after an optional full stop
  ].join(''),
  's',
);

/** `Author: Title, Journal, …` with at least two commas after the colon, full-width ones included. */
const COLON_REFERENCE = new RegExp(
  [
    '^([^:：]{1,120}?)\\s*[：:]\\s*', // group 1: the authors, up to the first colon
    '([^，,]+)[，,]\\s*', // group 2: the title, up to the next comma
    '([^，,]+)[，,]', // group 3: the journal or publisher, followed by more (volume, pages, year)
  ].join(''),
  's',
);

/** The authors before an APA year, and the year's parentheses (for its date) and the text after it. */
export function matchApa(text: string): { author: string; year: string; rest: string } | undefined {
  const match = APA.exec(text.trim());
  const author = match?.[1]?.trim() ?? '';
  // Authors end with an initial's full stop or list names with commas: `Smith, J.`, `Reuters.`, and hold no
  // colon; a title followed by a year (`Annual report (2023 edition)`, `Tan, T.: Title, … (2005).`) is no APA
  // reference, nor is a year with nothing after it.
  const rest = match?.[3] ?? '';
  if (!match || !/[.,&]/.test(author) || /[:：]/.test(author) || !/\p{Letter}/u.test(rest)) return undefined;
  return { author: cleanText(author) ?? author, year: match[2] ?? '', rest };
}

/** The fields of an item's words; `label` is a link's own text or title, which names the source best. */
export function readItemFields(words: string, options: { label?: string; apaAuthor?: string }): ItemFields {
  const author = options.apaAuthor;
  const quoted = QUOTED.exec(words);
  if (quoted) {
    const title = cleanText(quoted.slice(1).find(Boolean) ?? '');
    const before = cleanText(words.slice(0, quoted.index));
    const after = cleanText(withoutNotes(words.slice(quoted.index + quoted[0].length)));
    return { title, publisher: author ? after : (before ?? after), author };
  }
  if (options.label) return { title: options.label, publisher: cleanText(withoutNotes(words)), author };
  const reference = author ? undefined : COLON_REFERENCE.exec(words.trim());
  if (reference) {
    const [, names = '', title = '', journal = ''] = reference;
    return { title: cleanText(title), publisher: cleanText(journal), author: cleanText(names) };
  }
  if (author) {
    const [title, ...publisher] = words.split(/(?<=[.。])\s+/);
    return { title: cleanText(title ?? ''), publisher: cleanText(publisher.join(' ')), author };
  }
  return { title: cleanText(words.replace(/^\s*[(（](.*)[)）]\s*$/s, '$1')) };
}

/** Parenthesised notes: `(paywalled)`, `（中文）`. */
function withoutNotes(text: string): string {
  return text.replace(/\([^)]*\)|（[^）]*）/g, ' ');
}

/** Separators and marks around a field: dashes, colons, bars, commas, full stops, bullets, full-width ones. */
const EDGES = /^[\s—–\-:：|｜,，.。;；·•・/]+|[\s—–\-:：|｜,，.。;；·•・/]+$/g;

/** Text without HTML tags, Markdown emphasis and surrounding separators; undefined when nothing is left. */
export function cleanText(text: string): string | undefined {
  const cleaned = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*\*|__|(?<!\w)[*_]|[*_](?!\w)/g, '')
    .replace(/\(\s*\)|（\s*）/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(EDGES, '');
  return /[\p{Letter}\p{Number}]/u.test(cleaned) ? cleaned : undefined;
}
