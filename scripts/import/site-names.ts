/**
 * Tells a site's name from a title in a source item's words. Pasted lists often write the publisher beside
 * the title with only a separator between them: `The Guardian: EU agrees deal`, `Apple unveils X - Apple
 * Newsroom`, `Bloomberg. Analysts see …`, `第一财经，东南亚成…`. A separator alone cannot tell which side is the
 * site (titles hold colons and dashes too), so a side counts as the site only when it names the address's host
 * (`The Guardian` → theguardian.com, `BBC News` → bbc.co.uk, `World Meteorological Organization` → wmo.int) or,
 * in Chinese, Japanese and Korean, when it is a short name ending as outlets' names do (`新华网`, `日本経済新聞`).
 */

import { registeredName } from './guess-from-url.ts';

/** A title and the site's name, split apart. */
export interface SiteAndTitle {
  publisher: string;
  title: string;
}

/**
 * Separators between a site's name and a title: `: `, ` - `, ` — `, ` | `, `, `, `. `, full-width ones, and
 * the `_` and `-` of Chinese page titles (`标题_新华网`, `标题-中新网`).
 */
const SEPARATOR = /\s*[:：|｜，]\s*|\s+[-–—]\s+|\s*—\s*|,\s+|\.\s+|_|-/g;

/** Words that a name's initials leave out: `World Bank of the …`, `Reporters Without Borders`. */
const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'des', 'du', 'la', 'le', 'y', 'et']);

/** How outlets' names end in Chinese, Japanese and Korean: 网 (site), 报 (paper), 新聞, 社, 台, 뉴스, 일보 … */
const CJK_OUTLET =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}A-Za-z0-9·・]{1,12}(网|網|报|報|新闻|新聞|社|台|财经|財經|周刊|週刊|杂志|雜誌|在线|頭條|头条|ニュース|放送|通信|일보|뉴스|신문|방송|경제|통신)$/u;

/**
 * The site's name and the title when the words before a separator name the site (trying the separators from
 * the first) or the words after one do (from the last): `Title - Al-Jazeera` splits at ` - `, not inside the name.
 */
export function splitSiteName(text: string, url: string | undefined): SiteAndTitle | undefined {
  const separators = [...text.matchAll(SEPARATOR)];
  for (const separator of separators) {
    const name = text.slice(0, separator.index);
    const rest = text.slice(separator.index + separator[0].length);
    if (isSiteName(name, url) && hasWords(rest)) return { publisher: name.trim(), title: rest.trim() };
  }
  for (const separator of [...separators].reverse()) {
    const rest = text.slice(0, separator.index);
    const name = text.slice(separator.index + separator[0].length);
    if (isSiteName(name, url) && hasWords(rest)) return { publisher: name.trim(), title: rest.trim() };
  }
  return undefined;
}

/** Whether `name` is a site's name: it names the host of `url`, or reads as a CJK outlet's name. */
export function isSiteName(name: string, url: string | undefined): boolean {
  const trimmed = name.trim();
  if (CJK_OUTLET.test(trimmed)) return true;
  return url !== undefined && namesHost(trimmed, url);
}

/**
 * Whether `name` names the host of `url`: its letters are the host's name (`The Guardian`, `theguardian.com`),
 * or its first words are, with at most two words more (`BBC News`, `Politico Europe`), or its initials begin the
 * host's name (`World Meteorological Organization`, `wmo.int`; `New York Times`, `nytimes.com`).
 */
export function namesHost(name: string, url: string): boolean {
  const words = toWords(name);
  if (words.length === 0 || words.length > 5) return false;
  const significant = words.filter((word) => !MINOR_WORDS.has(word));
  const initials = significant.map((word) => word[0]).join('');
  const label = registeredName(url);
  if (!label) return false;
  return (
    words.some((_, end) => words.length - end <= 3 && compact(words.slice(0, end + 1)) === label) ||
    compact(significant) === label ||
    `the${compact(significant)}` === label ||
    (significant.length >= 3 && label.startsWith(initials) && label.length <= initials.length + 5)
  );
}

function toWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function compact(words: readonly string[]): string {
  return words.join('');
}

function hasWords(text: string): boolean {
  return /[\p{Letter}\p{Number}]{2}/u.test(text);
}
