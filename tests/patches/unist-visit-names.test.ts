import { visit } from 'unist-util-visit';
import { afterEach, describe, expect, it, vi } from 'vitest';

// patches/unist-util-visit-parents+6.1.0.patch: the walker every plugin uses renamed its visitor function
// (Object.defineProperty(visit, 'name', …)) for every node it visited, which took about a quarter of each
// brief's render. The walk itself must be unchanged.
const tree = {
  type: 'root',
  children: [
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'One.' },
        { type: 'emphasis', children: [] },
      ],
    },
    { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Two' }] },
  ],
};

afterEach(() => vi.restoreAllMocks());

describe('the patched unist-util-visit-parents', () => {
  it('visits every node in document order, with its index and parent', () => {
    const seen: string[] = [];
    visit(tree, (node, index, parent) => {
      seen.push(`${node.type}@${index ?? '-'} in ${parent?.type ?? 'nothing'}`);
    });
    expect(seen).toEqual([
      'root@- in nothing',
      'paragraph@0 in root',
      'text@0 in paragraph',
      'emphasis@1 in paragraph',
      'heading@1 in root',
      'text@0 in heading',
    ]);
  });

  it('defines no property on a function while it walks', () => {
    const defineProperty = vi.spyOn(Object, 'defineProperty');
    let count = 0;
    visit(tree, () => void (count += 1));
    expect(count).toBe(6);
    const onFunctions = defineProperty.mock.calls.filter(([target]) => typeof target === 'function');
    expect(onFunctions).toEqual([]);
  });
});
