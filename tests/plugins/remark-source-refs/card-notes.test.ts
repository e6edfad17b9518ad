import { describe, expect, it } from 'vitest';
import {
  formatCoverage,
  getCardButtonLabel,
  getCardNotes,
  getInlineMark,
  SINGLE_SOURCE_MARK,
} from '../../../src/plugins/remark-source-refs/card-notes.ts';
import { createSources } from './helpers.ts';

const coverage = (cited: number, sourceCount: number) => ({
  cited: createSources(cited),
  sourceCount,
});

describe('formatCoverage', () => {
  it('says how many of the brief’s sources back the claim', () => {
    expect(formatCoverage(coverage(2, 5))).toBe('2 of 5 sources');
    expect(formatCoverage(coverage(5, 5))).toBe('5 of 5 sources');
    expect(formatCoverage(coverage(1, 1))).toBe('1 of 1 source');
  });
});

describe('getCardNotes', () => {
  it('gives the coverage alone for a claim with several sources', () => {
    expect(getCardNotes(coverage(3, 5))).toEqual(['3 of 5 sources']);
  });

  it('adds the single-source mark for a claim that rests on one source', () => {
    expect(getCardNotes(coverage(1, 5))).toEqual(['1 of 5 sources', 'single source']);
    expect(getCardNotes(coverage(1, 1))).toEqual(['1 of 1 source', 'single source']);
  });

  it('says so when all the claim’s sources are one outlet, by publisher or by wire service', () => {
    const afp = [
      { title: 'A', publisher: 'Ground News', agency: 'AFP', url: 'https://a.example/1' },
      { title: 'B', publisher: 'Digital Journal', agency: 'AFP', url: 'https://b.example/2' },
    ];
    expect(getCardNotes({ cited: afp, sourceCount: 5 })).toEqual([
      '2 of 5 sources',
      'both from one outlet, AFP',
    ]);
    const mixed = [...afp, { title: 'C', publisher: 'Reuters', url: 'https://c.example/3' }];
    expect(getCardNotes({ cited: mixed, sourceCount: 5 })).toEqual(['3 of 5 sources']);
  });
});

describe('the group’s button', () => {
  it('is named for what it opens, starting with its visible words when it has any', () => {
    expect(getCardButtonLabel(coverage(2, 5))).toBe('Sources for this claim: 2 of 5');
    expect(getCardButtonLabel(coverage(1, 5))).toBe('Single source for this claim: 1 of 5');
  });

  it('shows no words: the icon and the single-source class say it, and the card note names it', () => {
    expect(getInlineMark()).toBeUndefined();
    expect(SINGLE_SOURCE_MARK).toBe('single source');
  });
});
