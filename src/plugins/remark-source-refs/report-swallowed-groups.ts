import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportProblem } from './messages.ts';

// The end of an address that took in the start of a citation group: `https://x.com/a[1` from
// `https://x.com/a[1]`, or `[` alone from `https://x.com/a[ 1]` (a bare address ends at a space). GFM's
// bare-link rule allows `[` in an address, so the group is split before we see it.
const SWALLOWED_START = /\[\d{0,3}$/;

/**
 * Warns about each bare address written right against a citation group (`https://x.com/a[1]`): GFM reads the
 * `[1` as part of the address, so the citation would silently vanish into the link. The fix is a space.
 */
export function reportSwallowedGroups(tree: Root, file: VFile): void {
  visit(tree, 'link', (link: Link) => {
    const swallowed = SWALLOWED_START.exec(link.url);
    if (!swallowed || !isBareAddress(link) || !link.position) return;
    const end = link.position.end;
    const start = { ...end, column: end.column - swallowed[0].length, offset: undefined };
    reportProblem(file, {
      reason: `the address before "${swallowed[0]}" took in the citation's "[": put a space between the address and the citation`,
      ruleId: 'swallowed-group',
      place: { start, end },
      fatal: false,
    });
  });
}

// A bare address (GFM autolink literal) is shown as written: its one text child is its address, perhaps
// without the `http://` that GFM adds to `www.` addresses.
function isBareAddress(link: Link): boolean {
  const [child] = link.children;
  return link.children.length === 1 && child?.type === 'text' && link.url.endsWith(child.value);
}
