import { describe, expect, it } from 'vitest';
import { alignToSource } from '../../src/citations/locate/align-to-source.ts';
import {
  expandRanges,
  getRunNumbers,
  groupIntoRuns,
  parseSourceNumber,
  parseSourceRefs,
} from '../../src/citations/grammar.ts';

describe('parseSourceRefs', () => {
  it('finds each group with its offsets and items', () => {
    expect(parseSourceRefs('Ports shut[1, 3–5]. Then [ 2 ,4 ].')).toEqual([
      {
        start: 10,
        end: 18,
        text: '[1, 3–5]',
        ranges: [
          { first: 1, last: 1 },
          { first: 3, last: 5 },
        ],
      },
      {
        start: 25,
        end: 33,
        text: '[ 2 ,4 ]',
        ranges: [
          { first: 2, last: 2 },
          { first: 4, last: 4 },
        ],
      },
    ]);
  });

  it.each([
    ['[3]', [{ first: 3, last: 3 }]],
    ['[1-5]', [{ first: 1, last: 5 }]],
    ['[1—5]', [{ first: 1, last: 5 }]],
    ['[1 – 5]', [{ first: 1, last: 5 }]],
    ['[5–3]', [{ first: 5, last: 3 }]],
    ['[0]', [{ first: 0, last: 0 }]],
    ['[999]', [{ first: 999, last: 999 }]],
    ['【3】', [{ first: 3, last: 3 }]],
    [
      '［1, 2］',
      [
        { first: 1, last: 1 },
        { first: 2, last: 2 },
      ],
    ],
    [
      '【1，2】',
      [
        { first: 1, last: 1 },
        { first: 2, last: 2 },
      ],
    ],
    [
      '[1、3〜5]',
      [
        { first: 1, last: 1 },
        { first: 3, last: 5 },
      ],
    ],
    ['【2～4】', [{ first: 2, last: 4 }]],
    ['[^3]', [{ first: 3, last: 3 }]],
  ])('reads %s', (text, ranges) => {
    expect(parseSourceRefs(text).map((group) => group.ranges)).toEqual([ranges]);
  });

  it.each([
    '[sic]',
    '[a]',
    '[2019–2020]',
    '[1000]',
    '[1,]',
    '[,1]',
    '[]',
    '[ ]',
    '[1 2]',
    '[1–2–3]',
    '[-1]',
    '[1,\n2]',
    '[^1, 2]',
    '[^a]',
    '[^1000]',
    '【1]',
    '[1】',
    '［1】',
    '【一】',
    '【sic】',
  ])('rejects %s', (text) => {
    expect(parseSourceRefs(text)).toEqual([]);
  });

  it('finds a group inside other brackets', () => {
    expect(parseSourceRefs('[[2]]').map(({ start, text }) => [start, text])).toEqual([[1, '[2]']]);
  });
});

describe('expandRanges', () => {
  it('expands ranges in the order written and gives nothing for a reversed range', () => {
    expect(
      expandRanges([
        { first: 5, last: 5 },
        { first: 1, last: 3 },
        { first: 9, last: 7 },
      ]),
    ).toEqual([5, 1, 2, 3]);
  });
});

describe('parseSourceNumber', () => {
  it.each([
    ['1', 1],
    ['42', 42],
    ['0', 0],
    ['1, 2', undefined],
    ['1-2', undefined],
    ['2019', undefined],
    ['AP', undefined],
    ['1]: [2', undefined],
  ])('reads the label %j as %s', (label, expected) => {
    expect(parseSourceNumber(label)).toBe(expected);
  });
});

describe('alignToSource', () => {
  const starts = (value: string, source: string) => alignToSource(value, source).map((span) => span.start);

  it('pairs an escaped character with its backslash and marks it not literal', () => {
    expect(alignToSource('[1]', '\\[1]')).toEqual([
      { start: 0, end: 2, literal: false },
      { start: 2, end: 3, literal: true },
      { start: 3, end: 4, literal: true },
    ]);
  });

  it('follows character references, smartypants and line prefixes', () => {
    expect(starts('a & b [1]', 'a &amp; b [1]')).toEqual([0, 1, 2, 7, 8, 9, 10, 11, 12]);
    expect(starts('a — “b”… [', 'a -- "b"... [')).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 11, 12]);
    expect(starts('a\nb [', 'a\n> b [')).toEqual([0, 1, 4, 5, 6]);
  });
});

describe('groupIntoRuns and getRunNumbers', () => {
  const runsOf = (text: string) =>
    groupIntoRuns(text, parseSourceRefs(text)).map((run) => [
      run.map((group) => group.text).join('|'),
      getRunNumbers(run),
    ]);

  it('joins groups with nothing, spaces, tabs, no-break or ideographic spaces between them', () => {
    expect(runsOf('a[1][2][3] b [5] [2] c [ 1 ]\t[ 4 ] d [2]\u00a0[6]\u3000[1]')).toEqual([
      ['[1]|[2]|[3]', [1, 2, 3]],
      ['[5]|[2]', [5, 2]],
      ['[ 1 ]|[ 4 ]', [1, 4]],
      ['[2]|[6]|[1]', [2, 6, 1]],
    ]);
  });

  it('keeps groups apart across a comma, a dash or a line break (IEEE style)', () => {
    expect(runsOf('[1], [2] and [1]–[3], [4]\n[5]').map(([text]) => text)).toEqual([
      '[1]',
      '[2]',
      '[1]',
      '[3]',
      '[4]',
      '[5]',
    ]);
  });

  it('joins full-width and footnote-style groups as it joins square ones', () => {
    expect(runsOf('开工。【7】【1】 据报道［2］ [3] Reports.[^1][^2] More [^4] [5]')).toEqual([
      ['【7】|【1】', [7, 1]],
      ['［2］|[3]', [2, 3]],
      ['[^1]|[^2]', [1, 2]],
      ['[^4]|[5]', [4, 5]],
    ]);
  });

  it('gives a run’s numbers in the order written, ranges expanded, each once', () => {
    expect(runsOf('[3][3, 1][1–2]')).toEqual([['[3]|[3, 1]|[1–2]', [3, 1, 2]]]);
  });
});
