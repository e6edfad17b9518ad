/**
 * Guesses a source's publisher and title from its address alone, for items that give nothing else. Simple and
 * predictable rather than clever: the summary lists every guess for the editor to check (or `--fetch` reads
 * the real values from the page).
 */

/** Hosts without a name to read: IPv4 and IPv6 addresses, `localhost`. */
const UNNAMED_HOST = /^[\d.]+$|^\[|^localhost$/;

/** Second-level labels under which a country's domains are registered: `bbc.co.uk`, `sina.com.cn`. */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'or', 'ne', 'go', 'gob', 'gv']);

/** Path segments that name no page: `/index.html`, `/amp/`, `/article/`. */
const EMPTY_SEGMENTS =
  /^(index|default|amp|article|articles|details?|view|content|news|story|stories|post|posts|p|a|s|wiki|html?)$/i;

/**
 * The site's name from its host: the registered name, without `www.` and the like, capitalised;
 * names of three letters or fewer are taken as initials. `www.reuters.com` → `Reuters`, `edition.cnn.com` →
 * `CNN`, `www.bbc.co.uk` → `BBC`, `zh.wikipedia.org` → `Wikipedia`.
 */
export function guessPublisher(url: string): string {
  const host = new URL(url).hostname.replace(/\.$/, '');
  if (UNNAMED_HOST.test(host)) return host;
  const name = registeredName(url) ?? host;
  return name.length <= 3 ? name.toUpperCase() : name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The registered name of an address's host, lowercased: `www.bbc.co.uk` → `bbc`, `www3.nhk.or.jp` → `nhk`;
 * undefined for an IP address, `localhost` or a host without a top-level domain.
 */
export function registeredName(url: string): string | undefined {
  const host = new URL(url).hostname.replace(/\.$/, '').toLowerCase();
  if (UNNAMED_HOST.test(host)) return undefined;
  const labels = host.split('.');
  labels.pop(); // the top-level domain
  if (labels.length > 1 && SECOND_LEVEL.has(labels.at(-1) ?? '')) labels.pop();
  return labels.at(-1);
}

/**
 * A title from the address's last meaningful path segment: decoded, without a file extension, hyphens and
 * underscores as spaces, the first letter capitalised. `…/world/china-us-agree-2026.html` → `China us agree
 * 2026`. Segments that are only digits or a long id are skipped, and so is an article number before the words
 * (`2526001-havenstaking-voorbij` → `Havenstaking voorbij`); with no segment left, the host.
 */
export function guessTitle(url: string): string {
  const { hostname, pathname } = new URL(url);
  const segments = pathname.split('/').map(decodeSegment).map(stripExtension);
  const meaningful = segments.filter((segment) => segment && !EMPTY_SEGMENTS.test(segment) && !isId(segment));
  const segment = meaningful.at(-1)?.replace(LEADING_ID, '').replace(TRAILING_DATE, '');
  const words = (segment || hostname.replace(/^www\./, '')).replace(/[-_+]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An article number before the words of a slug, as in `2526001-havenstaking-voorbij`: not part of a title. */
const LEADING_ID = /^\d{4,}[-_]+(?=\p{Letter})/u;

/** A date after the words of a slug, as in `china-us-agree-on-tariffs-2026-05-19`: the source's date, not title. */
const TRAILING_DATE = /(?<=\p{Letter})[-_]+\d{4}[-_]\d{2}[-_]\d{2}$/u;

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function stripExtension(segment: string): string {
  return segment.replace(/\.(s?html?|php|aspx?|jsp|cms)$/i, '');
}

/** `20230918`, `c_1129575376`, `57dee0449c71b1ba2ce449391a9e3bc7`: numbers and hashes, not words. */
function isId(segment: string): boolean {
  const letters = segment.replace(/[^\p{Letter}]/gu, '').length;
  return letters * 4 < segment.length || /^[0-9a-f]{16,}$/i.test(segment);
}
