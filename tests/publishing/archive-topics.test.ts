import { describe, expect, it } from 'vitest';
import { formatMonth, getMonth, groupByMonth } from '../../src/lib/archive.ts';
import { groupByTopic, pickSpelling } from '../../src/lib/topics.ts';

const brief = (id: string, date: string, topics?: string[]) => ({
  id,
  data: { date: new Date(date), topics },
});

describe('getMonth', () => {
  it('reads a calendar date as written, whatever the time zone', () => {
    expect(getMonth(new Date('2026-05-01T00:00:00Z'), 'America/New_York')).toEqual({ year: 2026, month: 5 });
  });

  it('reads a date-time in the site’s time zone', () => {
    const lateInNewYork = new Date('2026-01-31T23:30:00-05:00');
    expect(getMonth(lateInNewYork, 'UTC')).toEqual({ year: 2026, month: 2 });
    expect(getMonth(lateInNewYork, 'America/New_York')).toEqual({ year: 2026, month: 1 });
  });
});

describe('groupByMonth', () => {
  it('groups briefs by month, newest month first, keeping their order within a month', () => {
    const briefs = [brief('c', '2026-05-19'), brief('b', '2026-05-02'), brief('a', '2025-12-31')];
    const months = groupByMonth(briefs, 'UTC');
    expect(months.map(({ year, month, briefs: list }) => [year, month, list.map((b) => b.id)])).toEqual([
      [2026, 5, ['c', 'b']],
      [2025, 12, ['a']],
    ]);
  });

  it('names a month for readers', () => {
    expect(formatMonth({ year: 2026, month: 5 })).toBe('May 2026');
  });
});

describe('groupByTopic', () => {
  it('merges topics with one address, lists each brief once, and sorts topics by name', () => {
    const briefs = [
      brief('3', '2026-05-03', ['China', 'Trade', 'china']),
      brief('2', '2026-05-02', ['china']),
      brief('1', '2026-05-01', ['Artificial intelligence']),
    ];
    const topics = groupByTopic(briefs);
    expect(topics.map((topic) => [topic.slug, topic.name, topic.briefs.map((b) => b.id)])).toEqual([
      ['artificial-intelligence', 'Artificial intelligence', ['1']],
      ['china', 'China', ['3', '2']],
      ['trade', 'Trade', ['3']],
    ]);
  });

  it('names a topic by its most used spelling, ties going to the first in code-point order', () => {
    expect(
      pickSpelling(
        new Map([
          ['china', 1],
          ['China', 1],
        ]),
      ),
    ).toBe('China');
    expect(
      pickSpelling(
        new Map([
          ['China', 1],
          ['china', 2],
        ]),
      ),
    ).toBe('china');
  });
});
