import { isHttpUrl } from '../../src/lib/brief-schema.ts';

/**
 * Finds the web addresses in one item of a pasted source list, in the order written: Markdown links
 * `[Title](url "title")`, autolinks `<url>` and bare addresses, including one glued to full-width punctuation
 * (`…报道。https://x.cn/a，` gives `https://x.cn/a`).
 */

/** One address and what was written with it. */
export interface FoundAddress {
  url: string;
  /** The link text of a Markdown link, or its quoted title. */
  label?: string;
  /** Offsets of the whole construct (link, autolink or address) in the text. */
  start: number;
  end: number;
}

/** `[Title](https://x.com/a_(b) "Tooltip")`. Parentheses may nest once, as in Wikipedia addresses. */
const MARKDOWN_LINK = new RegExp(
  [
    '\\[([^\\]]*)\\]', // group 1: the link text
    '\\(\\s*<?', // the opening parenthesis, and an optional `<` around the address
    '(https?://(?:[^\\s()<>]|\\([^\\s()<>]*\\))+)', // group 2: the address, balanced parentheses allowed
    '>?', // the closing `>`
    '(?:\\s+["\'(]([^"\')]*)["\')])?', // group 3: an optional title in quotes or parentheses
    '\\s*\\)', // the closing parenthesis
  ].join(''),
  'g',
);

/** `<https://x.com/a>`. */
const AUTOLINK = /<(https?:\/\/[^\s<>]+)>/g; // group 1: the address

/**
 * A bare address: the scheme, then anything up to white space, `<`, `>`, a quote, or punctuation that never
 * belongs to an address as pasted: CJK punctuation (U+3000–U+303F: `。、「」【】`), full-width forms
 * (`，：；（）！？`), curly quotes (U+2018–U+201F) and the ellipsis. Letters of any script stay: addresses such
 * as `https://zh.wikipedia.org/wiki/模型` are pasted unencoded.
 */
const BARE_ADDRESS =
  /https?:\/\/[^\s<>"'\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2018-\u201F\u2026]+/g;

/** Characters that end a sentence rather than an address (as GFM trims them from bare links). */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '*', '_', '~', "'", '"']);

/** Every address in `text`, in order. Constructs already matched are masked so that none is found twice. */
export function findAddresses(text: string): FoundAddress[] {
  const found: FoundAddress[] = [];
  let masked = text;
  const take = (pattern: RegExp, read: (match: RegExpMatchArray) => Omit<FoundAddress, 'start' | 'end'>) => {
    for (const match of masked.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      found.push({ ...read(match), start, end });
      masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
    }
  };
  take(MARKDOWN_LINK, (match) => ({ url: match[2] ?? '', label: match[1]?.trim() || match[3]?.trim() }));
  take(AUTOLINK, (match) => ({ url: match[1] ?? '' }));
  for (const match of masked.matchAll(BARE_ADDRESS)) {
    const url = trimAddress(match[0]);
    found.push({ url, start: match.index, end: match.index + url.length });
  }
  return found.filter((address) => isHttpUrl(address.url)).sort((a, b) => a.start - b.start);
}

/** Drops sentence punctuation and unbalanced closing brackets from the end of a bare address. */
export function trimAddress(address: string): string {
  let url = address;
  for (;;) {
    const last = url.at(-1) ?? '';
    const unbalanced =
      (last === ')' && count(url, '(') < count(url, ')')) ||
      (last === ']' && count(url, '[') < count(url, ']'));
    if (!TRAILING.has(last) && !unbalanced) return url;
    url = url.slice(0, -1);
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
