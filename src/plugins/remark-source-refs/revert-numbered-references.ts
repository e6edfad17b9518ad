import type { LinkReference, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Point } from 'unist';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { parseSourceNumber } from '../../citations/index.ts';

/**
 * With `[1]: https://…` definitions in a brief, remark parses `[1]` as a link reference rather than text, and
 * `[1][2]` as a link "1" to definition 2. This turns every reference to a numbered definition back into the
 * text it was written as, so that the group pass reads `[1]` and `[1][2]` like any other group, and so that
 * a reference whose definition is removed never renders as a broken link.
 */
export function revertNumberedReferences(tree: Root): void {
  visit(tree, 'linkReference', (node, index, parent) => {
    if (parseSourceNumber(node.identifier) === undefined || !parent || index === undefined) return CONTINUE;
    const replacement = revertReference(node);
    // Every parent's children are root content; the cast only widens the type to allow `splice`.
    (parent.children as RootContent[]).splice(index, 1, ...replacement);
    return [SKIP, index + replacement.length];
  });
}

/** The text of `[1]`, `[1][]` or `[text][1]`, as one text node when the link text is plain text. */
function revertReference(node: LinkReference): PhrasingContent[] {
  const label = node.label ?? node.identifier;
  const suffix = { full: `[${label}]`, collapsed: '[]', shortcut: '' }[node.referenceType];
  const { children, position } = node;
  if (children.every((child) => child.type === 'text')) {
    return [withPosition(`[${toString(children)}]${suffix}`, position && [position.start, position.end])];
  }
  // Link text with markup, such as `[*the report*][1]`: keep the markup, put the brackets back around it.
  const close = `]${suffix}`;
  return [
    withPosition('[', position && [position.start, shiftPoint(position.start, 1)]),
    ...children,
    withPosition(close, position && [shiftPoint(position.end, -close.length), position.end]),
  ];
}

function withPosition(value: string, points: [Point, Point] | undefined): Text {
  return points
    ? { type: 'text', value, position: { start: points[0], end: points[1] } }
    : { type: 'text', value };
}

/** Moves a point by `delta` characters on its own line (brackets and labels never span a line break here). */
function shiftPoint(point: Point, delta: number): Point {
  const offset = point.offset === undefined ? undefined : point.offset + delta;
  return { line: point.line, column: point.column + delta, offset };
}
