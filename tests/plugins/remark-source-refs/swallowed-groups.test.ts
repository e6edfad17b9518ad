import { describe, expect, it } from 'vitest';
import { createSources, formatMessages, getLinkedNumbers, renderBrief } from './helpers.ts';

describe('a bare address written right against a citation group', () => {
  it('is a warning at the swallowed "[", naming the fix, for https:// and www. addresses', async () => {
    const markdown = 'See https://x.com/a[1]. And www.x.com/b[ 2, 3].';
    const { file } = await renderBrief(markdown, { sources: createSources(3) });
    expect(formatMessages(file)).toBe(
      '1:20: warning: the address before "[1" took in the citation\'s "[": put a space between the address and the citation\n' +
        '1:40: warning: the address before "[" took in the citation\'s "[": put a space between the address and the citation\n' +
        '-:-: warning: source 1 (Publisher 1) is never cited\n' +
        '-:-: warning: source 2 (Publisher 2) is never cited\n' +
        '-:-: warning: source 3 (Publisher 3) is never cited\n',
    );
  });

  it('is no problem with a space before the group, which then links as usual', async () => {
    const { file, tree } = await renderBrief('See https://x.com/a [1].', { sources: createSources(1) });
    expect(formatMessages(file)).toBe('');
    expect(getLinkedNumbers(tree)).toEqual([[1]]);
  });

  it('leaves an address that merely contains brackets, and link text, alone', async () => {
    const markdown = 'See [the report](https://x.com/a[1) [1] and https://x.com/a[b] [1].';
    const { file } = await renderBrief(markdown, { sources: createSources(1) });
    expect(formatMessages(file)).toBe('');
  });
});
