/**
 * Which sources come from the same outlet. Two sources are one outlet when they share a publisher or the wire
 * service named in `agency`: two AFP stories on two sites are one outlet, and so are a Reuters story on
 * reuters.com and the same story carried by another site with `agency: Reuters`.
 *
 * Plain data in, plain data out: the sourcing report (scripts/report/) and the reader's source card use it alike.
 */
import type { BriefSource } from './model.ts';

/** The fields that decide a source's outlet. */
export type OutletFields = Pick<BriefSource, 'publisher' | 'agency'>;

/**
 * Spellings of the big wire services that mean one agency, keyed by their normalised form. Only names that
 * are unambiguous: "AP" alone could be a publisher's initials elsewhere, but as an agency it is the AP.
 */
const AGENCY_ALIASES: Readonly<Record<string, string>> = {
  'agence france-presse': 'afp',
  'agence france presse': 'afp',
  'associated press': 'ap',
  'the associated press': 'ap',
  'thomson reuters': 'reuters',
  'xinhua news agency': 'xinhua',
};

/** The comparable form of an outlet name: case, spacing and a leading "The" do not make another outlet. */
export function normaliseOutletName(name: string): string {
  const plain = name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  const alias = AGENCY_ALIASES[plain];
  if (alias) return alias;
  return plain.startsWith('the ') ? plain.slice('the '.length) : plain;
}

/** The names that tie a source to its outlet: its publisher and its agency, normalised; empty ones left out. */
function getOutletKeys(source: OutletFields): string[] {
  return [source.publisher, source.agency]
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    .map(normaliseOutletName);
}

/**
 * Groups sources into outlets: sources that share a publisher or an agency, directly or through another
 * source, are one outlet. Returns, for each outlet, the indexes of its sources, in order of first appearance.
 */
export function groupByOutlet(sources: readonly OutletFields[]): number[][] {
  // Union-find over source indexes: each index points towards the first source of its outlet.
  const parent = sources.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] ?? root;
    return root;
  };
  const firstWithKey = new Map<string, number>();
  sources.forEach((source, index) => {
    for (const key of getOutletKeys(source)) {
      const other = firstWithKey.get(key);
      if (other === undefined) firstWithKey.set(key, index);
      else parent[Math.max(find(index), find(other))] = Math.min(find(index), find(other));
    }
  });
  const outlets = new Map<number, number[]>();
  sources.forEach((_, index) => {
    const root = find(index);
    outlets.set(root, [...(outlets.get(root) ?? []), index]);
  });
  return [...outlets.values()];
}

/**
 * Whether a claim's sources all come from one outlet: true only for two or more sources (one source is a
 * single-source claim, which is reported as such).
 */
export function isSingleOutlet(sources: readonly OutletFields[]): boolean {
  return sources.length >= 2 && groupByOutlet(sources).length === 1;
}

/**
 * The name readers know the shared outlet by: the agency all the sources share, else the publisher they all
 * share, else the first source's agency or publisher (the outlet is then a chain of shared names).
 * Undefined unless `isSingleOutlet(sources)`.
 */
export function getSharedOutletName(sources: readonly OutletFields[]): string | undefined {
  if (!isSingleOutlet(sources)) return undefined;
  const sharedBy = (field: keyof OutletFields): string | undefined => {
    const names = sources.map((source) => source[field]?.trim() ?? '');
    const first = names[0] ?? '';
    const same = names.every(
      (name) => name !== '' && normaliseOutletName(name) === normaliseOutletName(first),
    );
    return same ? first : undefined;
  };
  const [first] = sources;
  return sharedBy('agency') ?? sharedBy('publisher') ?? (first?.agency?.trim() || first?.publisher.trim());
}

/**
 * A short note a reader understands, for a claim whose sources all come from one outlet: `both from one
 * outlet, AFP`, `all 3 from one outlet, Reuters`. Lower case, to sit among a source card's other notes
 * ("2 of 5 sources · both from one outlet, AFP"). Undefined unless `isSingleOutlet(sources)`.
 */
export function describeSingleOutlet(sources: readonly OutletFields[]): string | undefined {
  const name = getSharedOutletName(sources);
  if (name === undefined) return undefined;
  return `${sources.length === 2 ? 'both' : `all ${sources.length}`} from one outlet, ${name}`;
}
