import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { getGroupId } from '../../citations/index.ts';

/** Which source's back-links to build, and the groups of the text that cite it, in document order. */
export interface BacklinkTarget {
  idPrefix: string;
  sourceNumber: number;
  groupIndexes: readonly number[];
}

/** Letter label of the `k`-th back-link (1-based), Wikipedia style: a … z, then aa, ab … az, ba … */
export function getBacklinkLabel(k: number): string {
  let label = '';
  // Bijective base 26: there is no "zero" letter, so 26 is "z" and 27 is "aa".
  for (let rest = k; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    label = String.fromCharCode(97 + ((rest - 1) % 26)) + label;
  }
  return label;
}

/**
 * The back-links of one source, Wikipedia style: cited once, a "^" link; cited k times, a "^" then links
 * "a", "b", … to each citation. Undefined for a source never cited, so no empty span is left behind.
 */
export function createBacklinks(target: BacklinkTarget): Element | undefined {
  const count = target.groupIndexes.length;
  if (count < 1) return undefined;
  if (count === 1) return h('span.source-backlinks', [createBacklink(target, 1, '^')]);
  const links = Array.from({ length: count }, (_, index) =>
    createBacklink(target, index + 1, getBacklinkLabel(index + 1)),
  );
  // The caret only marks the group visually; each link carries its own accessible name.
  const children: ElementContent[] = [h('span', { ariaHidden: 'true' }, '^')];
  for (const link of links) children.push({ type: 'text', value: ' ' }, link);
  return h('span.source-backlinks', children);
}

function createBacklink(target: BacklinkTarget, k: number, label: string): Element {
  return h(
    'a',
    {
      href: `#${getGroupId(target.idPrefix, target.groupIndexes[k - 1] ?? 0)}`,
      role: 'doc-backlink',
      ariaLabel: `Back to citation ${k} of source ${target.sourceNumber}`,
    },
    label,
  );
}
