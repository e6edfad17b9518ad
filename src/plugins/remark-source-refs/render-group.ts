import type { Element, ElementContent, Properties } from 'hast';
import type { Data, Node } from 'mdast';
import { getCardId, getGroupId, getSourceEntryId } from '../../citations/model.ts';
import { getCardButtonLabel, getInlineMark, type ClaimCoverage } from './card-notes.ts';

/** What remark-rehype needs to turn a group into its `<sup>` element. */
export interface SourceRefGroupData extends Data {
  hName: 'sup';
  hProperties: Properties;
  hChildren: ElementContent[];
}

/** A citation group in the syntax tree, between remark-source-refs and remark-rehype. */
export interface SourceRefGroupNode extends Node {
  type: 'sourceRefGroup';
  data: SourceRefGroupData;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    sourceRefGroup: SourceRefGroupNode;
  }
  interface RootContentMap {
    sourceRefGroup: SourceRefGroupNode;
  }
}

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
export function renderGroup(group: GroupToRender): SourceRefGroupNode {
  const links = group.refs.flatMap((sourceNumber, index): ElementContent[] => {
    const link = renderLink(group.idPrefix, sourceNumber);
    return index === 0 ? [link] : [{ type: 'text', value: ', ' }, link];
  });
  return {
    type: 'sourceRefGroup',
    data: {
      hName: 'sup',
      hProperties: { className: ['source-refs'], id: getGroupId(group.idPrefix, group.groupIndex) },
      hChildren: [{ type: 'text', value: '[' }, ...links, { type: 'text', value: ']' }, renderButton(group)],
    },
    ...(group.position ? { position: group.position } : {}),
  };
}

/** The link of one citation to its source list entry; back-links return to the group, not to the number. */
function renderLink(idPrefix: string, sourceNumber: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      href: `#${getSourceEntryId(idPrefix, sourceNumber)}`,
      role: 'doc-noteref',
      ariaLabel: `Source ${sourceNumber}`,
    },
    children: [{ type: 'text', value: String(sourceNumber) }],
  };
}

/**
 * The button that opens the group's card, named for what it opens ("Sources for this claim: 2 of 5"). It
 * shows an icon drawn by global.css, or, for a claim that rests on one source, the words "single source".
 */
function renderButton(group: GroupToRender): Element {
  const mark = getInlineMark(group.coverage);
  return {
    type: 'element',
    tagName: 'button',
    properties: {
      type: 'button',
      popoverTarget: getCardId(group.idPrefix, group.cardIndex),
      ariaLabel: getCardButtonLabel(group.coverage),
    },
    children: mark ? [{ type: 'text', value: mark }] : [],
  };
}
