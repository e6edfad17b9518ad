import { cleanText, withoutNotes } from './clean-text.ts';
import { readApaRest } from './read-apa-reference.ts';
import { readGbtReference, readVancouverReference } from './read-library-reference.ts';
import { isSiteName, splitSiteName } from './site-names.ts';

/**
 * Reads the title, publisher and author from the words of a source item, once its addresses and dates are
 * taken out. The shapes, in the order tried:
 *   `Reuters — “China and US agree” (paywalled)。`        publisher before a quoted title, a note after it
 *   `“China and US agree,” Reuters.`                      a quoted title, the publisher after it
 *   `J. Smith, "Title," Reuters, …`, `Morris, S. "T". X.` authors before a quoted title (IEEE, Wikipedia)
 *   `Smith, J. (2024). "Title." Publisher. [PDF]`         APA: author, year, quoted or plain title, publisher
 *   `Kaplan, J. (2003). Title: part. *Journal, 108*(19).` APA with the journal in italics as the publisher
 *   `[Title](url) - Reuters`                              a link's text as the title, the rest as publisher
 *   `海关总署. 题名[EB/OL]. …`, `WMO. Title. Geneva: WMO; 2025.` GB/T 7714 and Vancouver (read-library-reference.ts)
 *   `Tan, T.R.: Title, *Journal*, Vol.46, pp.56-59 (2005).` author, colon, title, journal (IPSJ, GB/T 7714)
 *   `Urban Heat Islands | US EPA`                         a page's title: the site after a bar as publisher
 *   `The Guardian: EU agrees deal`, `X - Apple Newsroom` a site's name beside the title (see site-names.ts)
 *   `World Meteorological Organization`, `人民网`          the site's name alone: the publisher, no title
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

/** What an item says beside its words: a link's own text or title, which names the source best, its address. */
export interface ItemContext {
  label?: string;
  apaAuthor?: string;
  url?: string;
}

/** The fields of an item's words. */
export function readItemFields(words: string, options: ItemContext): ItemFields {
  const { apaAuthor: author, url } = options;
  const quoted = readQuoted(words, author, url);
  if (quoted) return quoted;
  const publisher = cleanText(withoutNotes(words));
  if (options.label && publisher) return { title: options.label, publisher, author };
  if (options.label) return readPageTitle(options.label, url);
  if (author) return { ...readApaRest(words), author };
  const library = readGbtReference(words) ?? readVancouverReference(words);
  if (library) return library;
  const reference = COLON_REFERENCE.exec(words.trim());
  if (reference) {
    const [, names = '', title = '', journal = ''] = reference;
    return { title: cleanText(title), publisher: cleanText(journal), author: cleanText(names) };
  }
  return readPageTitle(cleanText(words.replace(/^\s*[(（](.*)[)）]\s*$/s, '$1')), url);
}

/**
 * A title as a page or a list gives it: `Urban Heat Islands | US EPA` (the site's name after a bar), a site's
 * name beside the title, or the site's name alone.
 */
function readPageTitle(text: string | undefined, url: string | undefined): ItemFields {
  const [, title, site] = SITE_AFTER_BAR.exec(text ?? '') ?? [];
  // `央视新闻 | 标题`: the site may come first.
  if (title && site && isSiteName(title, url) && !isSiteName(site, url)) {
    return { title: cleanText(site), publisher: cleanText(title) };
  }
  if (title && site) return { title: cleanText(title), publisher: cleanText(site) };
  if (text === undefined) return {};
  const split = splitSiteName(text, url);
  if (split) return { title: cleanText(split.title), publisher: cleanText(split.publisher) };
  return isSiteName(text, url) ? { publisher: text } : { title: text };
}

/** A quoted title; the publisher before it, or after it (always after it in APA, where the author is before). */
function readQuoted(
  words: string,
  author: string | undefined,
  url: string | undefined,
): ItemFields | undefined {
  const quoted = QUOTED.exec(words);
  if (!quoted) return undefined;
  const title = cleanText(quoted.slice(1).find(Boolean) ?? '');
  const before = cleanText(words.slice(0, quoted.index));
  const after = cleanText(withoutNotes(words.slice(quoted.index + quoted[0].length)));
  if (author) return { title, publisher: after, author };
  const publication = readQuotedPublication(quoted[0], title, before, after, url);
  if (publication) return publication;
  // `The Verge, Sean Hollister: "Title"`: the site's name, then its author.
  const [name, ...names] = (before ?? '').split(/\s*[,，]\s*/);
  if (name && names.length > 0 && isSiteName(name, url)) {
    return { title, publisher: name, author: cleanText(names.join(', ')) };
  }
  // `Morris, Steven (25 November 2024). "Title". The Guardian.` (Wikipedia), `J. Smith and K. Lee, "Title,"
  // Reuters, Oct. 17, 2023. [Online]. Available: …` (IEEE): the authors, then the site or journal.
  if (before && after && (PERSON.test(before) || AUTHORS.test(before))) {
    return { title, publisher: readPublication(after), author: before };
  }
  return { title, publisher: before ?? after };
}

/** Chinese marks of a publication's name, also used around titles: a short name in them names the paper. */
const PUBLICATION_MARKS = /^《.{1,8}》$/u;

/** Words after a publication's name that belong to it: `《财经》杂志`. */
const PUBLICATION_KIND = /^(杂志|雜誌|周刊|週刊|日报|日報|报|報|网|網|月刊)$/u;

/**
 * The publication in quotes, the title beside it: `《人民日报》：标题`, `标题，《财经》杂志`, `"Reuters": Title`.
 * The quoted text is the publication when it names the site (its host, or an outlet's name) or, in 《…》, when
 * it is short and the words beside it are longer.
 */
function readQuotedPublication(
  withMarks: string,
  quoted: string | undefined,
  before: string | undefined,
  after: string | undefined,
  url: string | undefined,
): ItemFields | undefined {
  const kind = after && PUBLICATION_KIND.test(after) ? after : undefined;
  const title = [before, kind ? undefined : after].filter(Boolean).join(' ') || undefined;
  if (!quoted || !title) return undefined;
  const short = PUBLICATION_MARKS.test(withMarks) && title.length > quoted.length;
  if (!short && !isSiteName(quoted, url)) return undefined;
  return { title: cleanText(title), publisher: `${quoted}${kind ?? ''}` };
}

/** A person's name as references invert it: `Morris, Steven`, `Smith, J. K.`, `García Márquez, Ana`. */
const PERSON = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?, \p{Lu}[\p{L}.'’ -]{0,30}$/u;

/** Names with initials first, as IEEE lists them: `J. Smith`, `A. B. Chen and K. Lee`, `M. García et al.` */
const NAME = "(?:\\p{Lu}\\.[ -]?)+\\p{Lu}[\\p{L}'’-]+";
const AUTHORS = new RegExp(
  `^${NAME}(?:(?:,\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+)${NAME})*(?:,?\\s*et al\\.?)?$`,
  'u',
);

/** The site or journal that follows a title: up to its first comma, without IEEE's `[Online]. Available:`. */
function readPublication(text: string): string | undefined {
  const words = text.replace(/\[Online\]|\b(?:Available|Accessed)\s*:?|\bdoi:\s*\S+/gi, ' ');
  return cleanText(words.split(/[,，]/)[0] ?? '');
}
