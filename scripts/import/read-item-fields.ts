import { cleanText, withoutNotes } from './clean-text.ts';
import { readApaRest } from './read-apa-reference.ts';

/**
 * Reads the title, publisher and author from the words of a source item, once its addresses and dates are
 * taken out. The shapes, in the order tried:
 *   `Reuters — “China and US agree” (paywalled)。`        publisher before a quoted title, a note after it
 *   `“China and US agree,” Reuters.`                      a quoted title, the publisher after it
 *   `Smith, J. (2024). "Title." Publisher. [PDF]`         APA: author, year, quoted or plain title, publisher
 *   `Kaplan, J. (2003). Title: part. *Journal, 108*(19).` APA with the journal in italics as the publisher
 *   `[Title](url) - Reuters`                              a link's text as the title, the rest as publisher
 *   `Tan, T.R.: Title, *Journal*, Vol.46, pp.56-59 (2005).` author, colon, title, journal (IPSJ, GB/T 7714)
 *   `Urban Heat Islands | US EPA`                         a page's title: the site after a bar as publisher
 *   `Podman - ArchWiki`, `(Podman - ArchWiki)`, `沈老师PPT：` anything else: the title
 */

/** What the words of an item give. */
export interface ItemFields {
  title?: string;
  publisher?: string;
  author?: string;
}

/**
 * A quoted title: „…“ or „…” (German, Polish), “…”, "…", «…», 「…」, 『…』 or 《…》; each group is one kind of
 * quotes. „ first: German closes with the “ that opens English quotes.
 */
const QUOTED = /„([^“”]+)[“”]|“([^”]+)”|"([^"]+)"|«([^»]+)»|「([^」]+)」|『([^』]+)』|《([^》]+)》/;

/** `Title | Site`, as pages title themselves: a short last part after a bar is the site, the publisher. */
const SITE_AFTER_BAR = /^(.+?)\s+[|｜]\s+([^|｜]{2,40})$/s;

/** `Author: Title, Journal, …` with at least two commas after the colon, full-width ones included. */
const COLON_REFERENCE = new RegExp(
  [
    '^([^:：]{1,120}?)\\s*[：:]\\s*', // group 1: the authors, up to the first colon
    '([^，,]+)[，,]\\s*', // group 2: the title, up to the next comma
    '([^，,]+)[，,]', // group 3: the journal or publisher, followed by more (volume, pages, year)
  ].join(''),
  's',
);

/** The fields of an item's words; `label` is a link's own text or title, which names the source best. */
export function readItemFields(words: string, options: { label?: string; apaAuthor?: string }): ItemFields {
  const author = options.apaAuthor;
  const quoted = readQuoted(words, author);
  if (quoted) return quoted;
  if (options.label) return { title: options.label, publisher: cleanText(withoutNotes(words)), author };
  if (author) return { ...readApaRest(words), author };
  const reference = COLON_REFERENCE.exec(words.trim());
  if (reference) {
    const [, names = '', title = '', journal = ''] = reference;
    return { title: cleanText(title), publisher: cleanText(journal), author: cleanText(names) };
  }
  return readPageTitle(cleanText(words.replace(/^\s*[(（](.*)[)）]\s*$/s, '$1')));
}

/** A title as a page gives it, `Urban Heat Islands | US EPA`: the site's name after the bar is the publisher. */
function readPageTitle(text: string | undefined): ItemFields {
  const [, title, site] = SITE_AFTER_BAR.exec(text ?? '') ?? [];
  return title && site ? { title: cleanText(title), publisher: cleanText(site) } : { title: text };
}

/** A quoted title; the publisher before it, or after it (always after it in APA, where the author is before). */
function readQuoted(words: string, author: string | undefined): ItemFields | undefined {
  const quoted = QUOTED.exec(words);
  if (!quoted) return undefined;
  const title = cleanText(quoted.slice(1).find(Boolean) ?? '');
  const before = cleanText(words.slice(0, quoted.index));
  const after = cleanText(withoutNotes(words.slice(quoted.index + quoted[0].length)));
  return { title, publisher: author ? after : (before ?? after), author };
}
