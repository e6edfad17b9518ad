import { describe, expect, it } from 'vitest';
import { getEditDistance, suggestName } from '../../src/lib/suggest-name.ts';

describe('getEditDistance', () => {
  it.each([
    ['publsher', 'publisher', 1],
    ['titel', 'title', 1],
    ['lnag', 'lang', 1],
    ['sumary', 'summary', 1],
    ['ca', 'abc', 3],
    ['', 'url', 3],
    ['date', 'date', 0],
  ])('%s → %s: %d', (a, b, expected) => {
    expect(getEditDistance(a, b)).toBe(expected);
  });
});

describe('suggestName', () => {
  const fields = ['title', 'date', 'updated', 'summary', 'lang', 'editorNote', 'sources'];

  it('suggests the closest field, ignoring case and one stray underscore', () => {
    expect(suggestName('Titel', fields)).toBe('title');
    expect(suggestName('editor_note', fields)).toBe('editorNote');
    expect(suggestName('source', fields)).toBe('sources');
    expect(suggestName('udpated', fields)).toBe('updated');
  });

  it('allows one edit only in words of up to four letters, so unrelated short words get none', () => {
    expect(suggestName('lnag', fields)).toBe('lang');
    expect(suggestName('name', fields)).toBeUndefined();
    expect(suggestName('tags', fields)).toBeUndefined();
  });

  it('prefers the nearer field, then the first listed', () => {
    expect(suggestName('dates', ['data', 'date'])).toBe('date');
    expect(suggestName('dat', ['data', 'date'])).toBe('data');
  });
});
