import type { RootContent, Text } from 'mdast';

/**
 * Joins the text nodes that follow `children[index]` into it, as long as each starts where the one before it
 * ends in the Markdown. Such neighbours come from references turned back into text (`[1] [2]` with link
 * definitions is five nodes), and a run of groups (`[1] [2]`) must be read as one text to be one run.
 * Nodes without positions (trees built by hand) are joined as they stand.
 */
export function mergeFollowingText(children: RootContent[], index: number): void {
  const node = children[index];
  if (node?.type !== 'text') return;
  let next = children[index + 1];
  while (next?.type === 'text' && areContiguous(node, next)) {
    node.value += next.value;
    if (node.position && next.position)
      node.position = { start: node.position.start, end: next.position.end };
    children.splice(index + 1, 1);
    next = children[index + 1];
  }
}

function areContiguous(first: Text, second: Text): boolean {
  if (!first.position || !second.position) return !first.position && !second.position;
  return first.position.end.offset === second.position.start.offset;
}
