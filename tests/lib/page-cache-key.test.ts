import { describe, expect, it } from 'vitest';
import { getPageCacheKey } from '../../src/lib/page-cache-key.ts';

/** A content entry as `getCollection` returns it, reduced to what the key reads. */
function entry(id: string, digest: string, html = '<p>Text.</p>') {
  return { collection: 'briefs', id, digest, data: { title: id }, rendered: { html } };
}

describe('getPageCacheKey', () => {
  it('is the same for equal props, built separately', () => {
    const props = () => ({ page: { number: 2, items: [entry('a', '1'), entry('b', '2')] } });
    expect(getPageCacheKey(props())).toBe(getPageCacheKey(props()));
  });

  it('changes when an entry’s file changes (its digest)', () => {
    expect(getPageCacheKey({ brief: entry('a', '1') })).not.toBe(getPageCacheKey({ brief: entry('a', '2') }));
  });

  it('changes when a list gains, loses or reorders entries, or when other props change', () => {
    const key = (items: unknown[], number = 1) => getPageCacheKey({ page: { number, items } });
    const [a, b] = [entry('a', '1'), entry('b', '2')];
    const keys = [key([a, b]), key([b, a]), key([a]), key([a, b, entry('c', '3')]), key([a, b], 2)];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reads an entry by its digest alone, not its rendered HTML (a function of the file and the config)', () => {
    expect(getPageCacheKey({ brief: entry('a', '1', '<p>One.</p>') })).toBe(
      getPageCacheKey({ brief: entry('a', '1', '<p>Two.</p>') }),
    );
  });

  it('hashes objects that are not entries whole, nested ones included', () => {
    const outlet = (text: string) => ({
      name: 'AFP',
      briefs: [{ brief: entry('a', '1'), sentences: [{ text }] }],
    });
    expect(getPageCacheKey({ outlet: outlet('One.') })).not.toBe(getPageCacheKey({ outlet: outlet('Two.') }));
  });
});
