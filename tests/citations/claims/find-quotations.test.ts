import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../src/citations/claims/find-quotations.ts';

/** The quoted words of each quotation found, and whether it was closed. */
function quoted(text: string, code: Array<[number, number]> = []): Array<[string, boolean]> {
  return findQuotations(text, code).map((q) => [text.slice(q.contentStart, q.contentEnd), q.closed]);
}

describe('findQuotations', () => {
  it('reads curly, straight, guillemet and low-high double quotes', () => {
    expect(quoted('He said “we agree”, "we talk", «on y va» and „wir auch“.')).toEqual([
      ['we agree', true],
      ['we talk', true],
      ['on y va', true],
      ['wir auch', true],
    ]);
  });

  it('reads the corner brackets of Japanese and traditional Chinese, nested ones inside theirs', () => {
    expect(quoted('首相は「合意した」と述べた。他說：「這是『新起點』。」')).toEqual([
      ['合意した', true],
      ['這是『新起點』。', true],
    ]);
  });

  it('gives the offsets of the marks and of the words', () => {
    expect(findQuotations('a “bc” d')).toEqual([
      { start: 2, contentStart: 3, contentEnd: 5, end: 6, closed: true },
    ]);
  });

  it('reads single quotes that open and close words, never apostrophes', () => {
    expect(quoted('The world’s ‘red zone’ rules, the ’90s, and Anthropic’s model.')).toEqual([
      ['red zone', true],
    ]);
    expect(quoted('It was the students’ choice.')).toEqual([]);
  });

  it('keeps nested quotations inside theirs', () => {
    expect(quoted('He said “they called it ‘a deal’ today” again.')).toEqual([
      ['they called it ‘a deal’ today', true],
    ]);
  });

  it('runs a double quote that never closes to the end of the text', () => {
    expect(quoted('He said “we will go on. And on.')).toEqual([['we will go on. And on.', false]]);
  });

  it('ignores empty quotes, marks without words and quotes inside inline code', () => {
    expect(quoted('An empty “” pair, a “…” and `"code"` here.', [[29, 35]])).toEqual([]);
  });
});
