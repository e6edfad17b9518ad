import { describe, expect, it } from 'vitest';
import {
  endsWithAbbreviation,
  splitSentences,
  type SplitContext,
} from '../../../src/citations/claims/split-sentences.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function split(text: string, context: SplitContext = { quotations: [], groupOffsets: [] }): string[] {
  return splitSentences(text, segmenter, context).map(({ start, end }) => text.slice(start, end));
}

describe('splitSentences', () => {
  it('splits at sentence ends and trims each sentence', () => {
    expect(split('  One.  Two?  Three!  ')).toEqual(['One.', 'Two?', 'Three!']);
  });

  it('keeps titles, initials, dotted capitals and news-style months inside the sentence', () => {
    expect(split('Dr. Sun met Gov. Li and U.K. envoys on Sept. 3 with J. Doe. Then they left.')).toEqual([
      'Dr. Sun met Gov. Li and U.K. envoys on Sept. 3 with J. Doe.',
      'Then they left.',
    ]);
  });

  it('splits after a.m. and p.m., which usually end a sentence before a capital', () => {
    expect(split('It ended at 5 p.m. Officials left.')).toEqual(['It ended at 5 p.m.', 'Officials left.']);
  });

  it('splits after an abbreviation when a citation group stood at the break', () => {
    expect(split('It was in the U.S. Talks went on.', { quotations: [], groupOffsets: [18] })).toEqual([
      'It was in the U.S.',
      'Talks went on.',
    ]);
  });

  it('does not split inside a closed quotation, and does inside an unclosed one', () => {
    const text = 'He said “We agree. We talk.” Then “we go. And go.';
    const quotations = [
      { start: 8, end: 28, closed: true },
      { start: 34, end: 49, closed: false },
    ];
    expect(split(text, { quotations, groupOffsets: [] })).toEqual([
      'He said “We agree. We talk.”',
      'Then “we go.',
      'And go.',
    ]);
  });

  it('drops segments without a letter or digit', () => {
    expect(split('— …')).toEqual([]);
    expect(split('2024.')).toEqual(['2024.']);
  });
});

describe('endsWithAbbreviation', () => {
  it.each([
    ['the U.S.', true],
    ['Mr.', true],
    ['(e.g.', true],
    ['John F.', true],
    ['at 5 p.m.', false],
    ['the end.', false],
    ['Plan b.', false],
    ['no stop', false],
  ])('%s → %s', (text, expected) => {
    expect(endsWithAbbreviation(text)).toBe(expected);
  });
});
