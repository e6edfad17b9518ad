import { findAddresses, trimAddress, type FoundAddress } from './find-addresses.ts';
import { findItemDates } from './find-item-dates.ts';
import { cleanText } from './clean-text.ts';
import { matchApa } from './read-apa-reference.ts';
import { readItemFields, type ItemContext, type ItemFields } from './read-item-fields.ts';
import { isSiteName } from './site-names.ts';
import { withoutEmpty } from './without-empty.ts';

/** One numbered item of a pasted source list, its lines joined. */
export interface PastedItem {
  number: number;
  text: string;
  /** 1-based line of the pasted text where the item starts, for warnings. */
  line: number;
}

/** What an item gives; every field but the number may be missing. */
export interface ParsedSource {
  number: number;
  url?: string;
  title?: string;
  publisher?: string;
  author?: string;
  date?: string;
  accessed?: string;
  archiveUrl?: string;
  warnings: string[];
}

/** Archive services: a second address on one of these is the first one's archived copy, not a second source. */
const ARCHIVES = /^(web\.)?archive\.(org|ph|today|is)$/;

/** Reads the address, title, publisher, author and dates of one source item. */
export function parseSourceItem(item: PastedItem): ParsedSource {
  const addresses = findAddresses(item.text);
  const [first, ...others] = addresses;
  const source: ParsedSource = {
    number: item.number,
    url: first?.url ?? findDoiAddress(item.text),
    warnings: [],
  };
  const archive = others.find((address) => ARCHIVES.test(new URL(address.url).hostname));
  if (archive) source.archiveUrl = archive.url;
  const extra = others.filter((address) => address !== archive && address.url !== first?.url);
  if (extra.length > 0) {
    source.warnings.push(
      `item ${item.number} (line ${item.line}) has more than one address; the first was taken: ${first?.url}`,
    );
  }
  const label = first?.label && !/^(https?:|\d+$)/.test(first.label) ? first.label : undefined;
  // A quoted link text is read with the words, where it stands: `Morris, S. ["Title"](url). The Guardian.`
  const hasQuotes = label !== undefined && /["“「『《«]/.test(label);
  const words = removeSpans(item.text, addresses, hasQuotes ? first : undefined).replace(
    /(\s*\[[^\]]*\])+\s*$/, // trailing `[PDF]` tags
    '',
  );
  const context = { label: hasQuotes ? undefined : label, url: source.url };
  Object.assign(source, readWords(words, context));
  return source;
}

/** A DOI written without its address (`DOI: 10.2197/ipsjdc.3.14`), as a doi.org address. */
function findDoiAddress(text: string): string | undefined {
  // group 1: `10.`, a registrant code of 4 to 9 digits, `/`, then the suffix up to white space or CJK punctuation
  const doi = /\b(10\.\d{4,9}\/[^\s，。、）]+)/.exec(text)?.[1];
  return doi ? `https://doi.org/${trimAddress(doi)}` : undefined;
}

/** The fields and dates of an item's words, APA's year read first so that its date is not lost. */
function readWords(words: string, context: ItemContext): Omit<ParsedSource, 'number' | 'warnings'> {
  const apa = matchApa(words);
  const dates = findItemDates(apa ? apa.rest : words);
  const apaDate = apa ? findItemDates(apa.year).date : undefined;
  const label = context.label && cleanText(context.label);
  const fields = readItemFields(dates.rest, { ...context, label, apaAuthor: apa?.author });
  return withoutEmpty({
    ...settleAuthor(fields, context.url),
    date: apaDate ?? dates.date,
    accessed: dates.accessed,
  });
}

/**
 * An author who is the site itself is its publisher: APA's group author `Politico Europe. (2023).` with no
 * publisher after the title, or `NASA. (2025). *Title*. NASA.`, which names it twice.
 */
function settleAuthor(fields: ItemFields, url: string | undefined): ItemFields {
  const { author, publisher } = fields;
  if (author && !publisher && isSiteName(author, url))
    return { ...fields, publisher: author, author: undefined };
  return author === publisher ? { ...fields, author: undefined } : fields;
}

/** The text with the given spans blanked out, but for the label of `kept`, which stays in its place. */
function removeSpans(text: string, spans: readonly FoundAddress[], kept?: FoundAddress): string {
  let result = text;
  for (const span of [...spans].sort((a, b) => b.start - a.start)) {
    const replacement = span === kept ? ` ${span.label} ` : ' ';
    result = `${result.slice(0, span.start)}${replacement}${result.slice(span.end)}`;
  }
  return result;
}
