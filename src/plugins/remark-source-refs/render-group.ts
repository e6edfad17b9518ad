import type { Element, ElementContent } from 'hast';
import type { Node } from 'mdast';
import { getCardId, getGroupId, getSourceEntryId, type SourceRefGroupNode } from '../../citations/index.ts';
import { DEFAULT_LABELS, type ClaimCoverage, type Labels } from './card-notes.ts';

/** A valid group, ready to render. */
export interface GroupToRender {
  idPrefix: string;
  /** 1-based position of the group in the brief. */
  groupIndex: number;
  /** Source numbers in the order written, ranges expanded. */
  refs: readonly number[];
  /** The card the group's button opens (see render-card.ts). */
  cardIndex: number;
  /** The sources the group cites, for the button's name and mark. */
  coverage: ClaimCoverage;
  position?: Node['position'];
}

/**
 * Builds the node of one group: `<sup class="source-refs" id="…">[<a …>1</a>, <a …>2</a>]<button …></sup>`.
 * The only place that decides the group's markup. The button sits inside the `<sup>`, so the group stays one
 * element (back-links return to it, and its text is one unit); it opens the group's card, a popover.
 */
export function renderGroup(group: GroupToRender, labels: Labels = DEFAULT_LABELS): SourceRefGroupNode {
  const links = group.refs.flatMap((sourceNumber, index): ElementContent[] => {
    const link = renderLink(group.idPrefix, sourceNumber, labels);
    return index === 0 ? [link] : [{ type: 'text', value: ', ' }, link];
  });
  return {
    type: 'sourceRefGroup',
    data: {
      hName: 'sup',
      hProperties: { className: ['source-refs'], id: getGroupId(group.idPrefix, group.groupIndex) },
      hChildren: [
        { type: 'text', value: '[' },
        ...links,
        { type: 'text', value: ']' },
        renderButton(group, labels),
      ],
    },
    ...(group.position ? { position: group.position } : {}),
  };
}

/** The link of one citation to its source list entry; back-links return to the group, not to the number. */
function renderLink(idPrefix: string, sourceNumber: number, labels: Labels): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      href: `#${getSourceEntryId(idPrefix, sourceNumber)}`,
      role: 'doc-noteref',
      ariaLabel: labels.sourceLink(sourceNumber),
    },
    children: [{ type: 'text', value: String(sourceNumber) }],
  };
}

/**
 * The button that opens the claim's card, named for what it opens ("Sources for this claim: 2 of 5"). It shows
 * an icon drawn by the site's CSS (source-cards.css): a claim that rests on one source has the class
 * `single-source` and a quieter icon of its own.
 */
function renderButton(group: GroupToRender, labels: Labels): Element {
  const mark = labels.inlineMark(group.coverage);
  const single = group.coverage.cited.length === 1;
  return {
    type: 'element',
    tagName: 'button',
    properties: {
      type: 'button',
      ...(single ? { className: ['single-source'] } : {}),
      popoverTarget: getCardId(group.idPrefix, group.cardIndex),
      ariaLabel: labels.cardButton(group.coverage),
    },
    children: mark ? [{ type: 'text', value: mark }] : [],
  };
}
