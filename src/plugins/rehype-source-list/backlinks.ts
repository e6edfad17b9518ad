import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { getGroupId } from '../../citations/index.ts';

/** Which source's back-links to build, and the groups of the text that cite it, in document order. */
export interface BacklinkTarget {
  idPrefix: string;
  sourceNumber: number;
  groupIndexes: readonly number[];
}

// U+21A9 with U+FE0E: the hooked arrow as text, never as the emoji some phones would draw.
const RETURN_ARROW = '\u21A9\uFE0E';

/**
 * The back-links of one source, after its entry, as news sites that use endnotes set them. Cited once: one
 * `↩` link to the claim. Cited k times: `↩` as a marker, then small numbered links `1 2 … k` to each claim in
 * the order of the text: short at ten citations (where Wikipedia's `^ a b c …` runs to `j`), and every claim
 * is still one click away. Each link names its claim and source for a screen reader's list of links.
 * Undefined for a source never cited, so no empty span is left behind.
 */
export function createBacklinks(target: BacklinkTarget): Element | undefined {
  const count = target.groupIndexes.length;
  if (count < 1) return undefined;
  if (count === 1) {
    const name = `Back to the claim citing source ${target.sourceNumber}`;
    return h('span.source-backlinks', [createBacklink(target, 1, { name, label: RETURN_ARROW })]);
  }
  // The arrow only marks the group visually; each link carries its own accessible name.
  const children: ElementContent[] = [h('span', { ariaHidden: 'true' }, RETURN_ARROW)];
  for (let k = 1; k <= count; k += 1) {
    const name = `Back to claim ${k} of ${count} citing source ${target.sourceNumber}`;
    children.push({ type: 'text', value: ' ' }, createBacklink(target, k, { name, label: String(k) }));
  }
  return h('span.source-backlinks', children);
}

function createBacklink(target: BacklinkTarget, k: number, text: { name: string; label: string }): Element {
  return h(
    'a',
    {
      href: `#${getGroupId(target.idPrefix, target.groupIndexes[k - 1] ?? 0)}`,
      role: 'doc-backlink',
      ariaLabel: text.name,
    },
    text.label,
  );
}
