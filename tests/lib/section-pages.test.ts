import { describe, expect, it } from 'vitest';
import { BRIEFS_PER_PAGE } from '../../src/consts.ts';
import { getSectionPagePaths } from '../../src/lib/section-pages.ts';

const briefs = (count: number) => Array.from({ length: count }, (_, i) => `brief-${i}`);
const afp = { slug: 'afp', name: 'AFP', briefs: briefs(BRIEFS_PER_PAGE + 1) };
const bbc = { slug: 'bbc', name: 'BBC', briefs: briefs(1) };
const sections = [afp, bbc];
const getHeading = (section: (typeof sections)[number]) => ({
  name: section.name,
  count: section.briefs.length,
});

describe('getSectionPagePaths', () => {
  it('gives each page of each section its address, heading and page of the list', () => {
    const paths = getSectionPagePaths(sections, { param: 'outlet', getHeading });
    expect(paths.map(({ params }) => params)).toEqual([
      { outlet: 'afp', page: undefined },
      { outlet: 'afp', page: 'page/2' },
      { outlet: 'bbc', page: undefined },
    ]);
    expect(paths[1]?.props).toEqual({
      heading: { name: 'AFP', count: BRIEFS_PER_PAGE + 1 },
      page: { number: 2, count: 2, items: [`brief-${BRIEFS_PER_PAGE}`] },
    });
  });

  it('keys each page by its props: a page whose heading and items stay the same keeps its key', () => {
    const key = (list: typeof sections) =>
      getSectionPagePaths(list, { param: 'outlet', getHeading }).map(({ cacheKey }) => cacheKey);
    const before = key(sections);
    expect(new Set(before).size).toBe(3);
    const renamedBbc = [afp, { ...bbc, name: 'BBC News' }];
    expect(key(renamedBbc)).toEqual([before[0], before[1], expect.not.stringMatching(before[2] ?? '')]);
  });

  it('keys items by what `getItemKey` gives: the rest of an item is left out of the key', () => {
    const entry = (brief: string, sentences: string[]) => ({ brief, sentences });
    const outlet = (items: ReturnType<typeof entry>[]) => [{ slug: 'afp', name: 'AFP', briefs: items }];
    const key = (list: ReturnType<typeof outlet>) =>
      getSectionPagePaths(list, {
        param: 'outlet',
        getHeading: (section) => ({ name: section.name }),
        getItemKey: (item: ReturnType<typeof entry>) => item.brief,
      })[0]?.cacheKey;
    const first = key(outlet([entry('a', ['One.'])]));
    expect(key(outlet([entry('a', ['Two.'])]))).toBe(first);
    expect(key(outlet([entry('b', ['One.'])]))).not.toBe(first);
    expect(key(outlet([entry('a', ['One.']), entry('b', [])]))).not.toBe(first);
  });
});
