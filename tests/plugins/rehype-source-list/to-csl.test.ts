import { describe, expect, test } from 'vitest';
import { toCslDate, toCslItem } from '../../../src/plugins/rehype-source-list/to-csl.ts';

describe('toCslItem', () => {
  test('maps every field the styles print, with the author as one literal name', () => {
    const source = {
      title: ' Trade talks resume ',
      publisher: 'Reuters',
      url: 'https://www.reuters.com/x',
      date: new Date('2026-05-19T00:00:00Z'),
      author: 'Luna Lin with Katie Forster',
      agency: 'AFP',
      archiveUrl: 'https://web.archive.org/x',
      accessed: '2026-05-20',
    };
    expect(toCslItem(source, 3)).toEqual({
      id: 'source-3',
      type: 'article-newspaper',
      title: 'Trade talks resume',
      'container-title': 'Reuters',
      URL: 'https://www.reuters.com/x',
      author: [{ literal: 'Luna Lin with Katie Forster' }],
      issued: { 'date-parts': [[2026, 5, 19]] },
      accessed: { 'date-parts': [[2026, 5, 20]] },
    });
  });

  test('leaves out empty and missing fields', () => {
    expect(toCslItem({ title: '', publisher: 'BBC', url: ' ', author: '' }, 1)).toEqual({
      id: 'source-1',
      type: 'article-newspaper',
      'container-title': 'BBC',
    });
  });
});

describe('toCslDate', () => {
  test('reads a Date in UTC, so a YAML date keeps its day', () => {
    expect(toCslDate(new Date('2026-05-19T00:00:00Z'))).toEqual({ 'date-parts': [[2026, 5, 19]] });
    expect(toCslDate(new Date('2026-05-19T23:30:00Z'))).toEqual({ 'date-parts': [[2026, 5, 19]] });
  });

  test('keeps the date written in an ISO string, and only its precision', () => {
    expect(toCslDate('2026-05-19')).toEqual({ 'date-parts': [[2026, 5, 19]] });
    expect(toCslDate('2026-05-19T23:30:00-05:00')).toEqual({ 'date-parts': [[2026, 5, 19]] });
    expect(toCslDate('2026-05')).toEqual({ 'date-parts': [[2026, 5]] });
    expect(toCslDate('2026')).toEqual({ 'date-parts': [[2026]] });
  });

  test('gives nothing for what is not a date', () => {
    for (const value of [
      undefined,
      '',
      '19 May 2026',
      '2026-5-19',
      '2026-13-01',
      '2026-05-32',
      new Date('x'),
    ]) {
      expect(toCslDate(value)).toBeUndefined();
    }
  });
});
