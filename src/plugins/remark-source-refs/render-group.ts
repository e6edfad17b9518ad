import type { Element, ElementContent, Properties } from 'hast';
import type { Data, Node } from 'mdast';
import { getGroupId, getSourceEntryId } from '../source-refs-data.ts';

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
  position?: Node['position'];
}

/**
 * Builds the node of one group: `<sup class="source-refs" id="…">[<a …>1</a>, <a …>2</a>]</sup>`.
 * The only place that decides the group's markup, so that adding to it (a button per group) is one change.
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
      hChildren: [{ type: 'text', value: '[' }, ...links, { type: 'text', value: ']' }],
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
