import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { BriefSource } from '../../citations/index.ts';

/**
 * The quiet note beside a source that is no longer online: `(no longer online)`, or, when the brief gives an
 * archived copy, `(no longer online; archived copy)` with a link to it. A `<small>`: a side comment, in smaller
 * print, which every reader and screen reader reads in place without any styling of ours.
 */
export function createDeadSourceNote(source: BriefSource): Element {
  const children: ElementContent[] = source.archiveUrl
    ? [
        { type: 'text', value: '(no longer online; ' },
        h('a', { href: source.archiveUrl, rel: ['noopener', 'noreferrer'] }, 'archived copy'),
        { type: 'text', value: ')' },
      ]
    : [{ type: 'text', value: '(no longer online)' }];
  return h('small.source-status', children);
}
