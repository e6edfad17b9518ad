import { describe, expect, it } from 'vitest';
import { getRelatedBriefs, type RelatableBrief } from '../../src/lib/related-briefs.ts';
import { listBriefTopics } from '../../src/lib/topics.ts';

/** A brief of day `day` of May 2026 with these topics. */
function brief(id: string, day: number, topics?: string[], lang?: string): RelatableBrief {
  const date = new Date(Date.UTC(2026, 4, day));
  return { id, data: { title: `Brief ${id}`, date, topics, lang } };
}

const may = (day: number) => new Date(Date.UTC(2026, 4, day));

// Newest first, as getPublishedBriefs gives them.
const BRIEFS = [
  brief('f', 20, ['China', 'trade']),
  brief('e', 18, ['AI']),
  brief('d', 16, ['china']),
  brief('c', 14, ['Trade', 'AI'], 'zh-Hans'),
  brief('b', 12, ['China']),
  brief('a', 10, ['China']),
  brief('lonely', 8, ['harbours']),
  brief('untagged', 6),
];

describe('getRelatedBriefs', () => {
  it('gives each brief up to three others sharing a topic, newest first, never itself', () => {
    const related = getRelatedBriefs(BRIEFS);
    const ids = Object.fromEntries([...related].map(([id, list]) => [id, list.map((other) => other.id)]));
    expect(ids).toEqual({
      f: ['d', 'c', 'b'],
      e: ['c'],
      d: ['f', 'b', 'a'],
      c: ['f', 'e'],
      b: ['f', 'd', 'a'],
      a: ['f', 'd', 'b'],
      lonely: [],
      untagged: [],
    });
  });

  it('gives what the page shows: id, title with the body’s typography, date and the brief’s own language', () => {
    const quoted = { id: 'q', data: { title: `Europe's "AI" rules`, date: may(21), topics: ['AI'] } };
    expect(getRelatedBriefs([quoted, ...BRIEFS]).get('e')).toEqual([
      { id: 'q', title: 'Europe’s “AI” rules', date: may(21), lang: undefined },
      { id: 'c', title: 'Brief c', date: may(14), lang: 'zh-Hans' },
    ]);
  });

  it('takes another limit', () => {
    expect(
      getRelatedBriefs(BRIEFS, 1)
        .get('a')
        ?.map((other) => other.id),
    ).toEqual(['f']);
  });
});

describe('listBriefTopics', () => {
  it('gives each topic its page’s slug, once, in the brief’s order, dropping names without one', () => {
    expect(listBriefTopics(['United States', 'China', 'china', '—', '人工智能'])).toEqual([
      { name: 'United States', slug: 'united-states' },
      { name: 'China', slug: 'china' },
      { name: '人工智能', slug: '人工智能' },
    ]);
    expect(listBriefTopics()).toEqual([]);
    expect(listBriefTopics(["People's Republic"])).toEqual([
      { name: 'People\u2019s Republic', slug: 'peoples-republic' },
    ]);
  });
});
