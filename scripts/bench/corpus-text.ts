// The words, outlets and topics of the synthetic benchmark corpus, and a seeded generator to pick from them.
// Kept apart from the brief layout (generate-corpus.ts) so each file reads on its own.

/** A source of numbers in [0, 1): the corpus never reads Math.random. */
export type Random = () => number;

/** Mulberry32: a small seeded generator, the same sequence on every machine and Node version. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One element of `items`, chosen by `random`. */
export function pick<T>(items: readonly T[], random: Random): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick: no items');
  return item;
}

// 24 outlets, so that the outlet pages, the source cards and the citation formatter meet as many publishers
// as real briefs do (the corpus: at least 20).
export const OUTLETS = [
  'Global Pulse',
  'Ground News',
  'Digital Journal',
  "People's Daily",
  'The Harbour Times',
  'Northern Ledger',
  'Capital Wire',
  'Eastern Review',
  'Market Monitor',
  'Policy Desk',
  'The Civic Post',
  'Coastal Herald',
  'Frontier Weekly',
  'Continental Observer',
  'Metro Chronicle',
  'Science Brief',
  'The Trade Journal',
  'Summit Report',
  'Atlas Dispatch',
  'Riverside Gazette',
  'The Daily Compass',
  'Union Tribune Online',
  'Pacific Bulletin',
  'Open Record',
] as const;

export const TOPICS = [
  'artificial intelligence',
  'trade',
  'climate',
  'diplomacy',
  'energy',
  'health',
  'elections',
  'technology',
  'security',
  'economy',
  'science',
  'transport',
] as const;

export const AGENCIES = ['AFP', 'Reuters', 'AP'] as const;

export const HEADINGS = [
  'Background',
  'What was agreed',
  'What comes next',
  'Reactions',
  'The numbers',
  'Why it matters',
  'Open questions',
  'Timeline',
] as const;

const WORDS = (
  'the of and to in a is that for on with as was by at from it an be this are which or has had have not but ' +
  'were their more been its also who one would they after about two new other than first over some into ' +
  'ministry officials agreed talks dialogue trade policy market week said report government leaders ' +
  'spokesperson announced statement agreement negotiations tariffs summit delegation minister parliament ' +
  'committee investigation analysts economists forecast growth inflation budget spending percent billion ' +
  'million regional national international security cooperation framework proposal draft vote coalition ' +
  'opposition election campaign voters survey data research scientists study climate emissions energy ' +
  'supply prices demand exports imports industry companies workers unions hospital patients vaccine ' +
  'technology platform regulators court ruling appeal lawmakers bill measure deadline schedule review'
).split(' ');

/** A sentence of 12 to 23 words without its final stop, capitalised. */
export function createSentence(random: Random, minWords = 12, spread = 12): string {
  const length = minWords + Math.floor(random() * spread);
  const text = Array.from({ length }, () => pick(WORDS, random)).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
