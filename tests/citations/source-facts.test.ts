import { describe, expect, it } from 'vitest';
import { formatSourceDate, getSourceDomain } from '../../src/citations/source-facts.ts';

describe('formatSourceDate', () => {
  it('writes a YAML date (midnight UTC) as the calendar date it was written as', () => {
    expect(formatSourceDate(new Date('2026-05-19T00:00:00Z'))).toBe('19 May 2026');
    expect(formatSourceDate(new Date('2026-12-01T23:30:00Z'))).toBe('1 December 2026');
  });

  it('keeps a written date as precise as it was written, and ignores a time', () => {
    expect(formatSourceDate('2026-06-04')).toBe('4 June 2026');
    expect(formatSourceDate('2026-06')).toBe('June 2026');
    expect(formatSourceDate('2026')).toBe('2026');
    expect(formatSourceDate('2026-05-19T23:30:00-05:00')).toBe('19 May 2026');
  });

  it('gives nothing for a missing or unreadable date', () => {
    expect(formatSourceDate(undefined)).toBeUndefined();
    expect(formatSourceDate('19 May 2026')).toBeUndefined();
    expect(formatSourceDate('2026-13-01')).toBeUndefined();
    expect(formatSourceDate(new Date('nonsense'))).toBeUndefined();
  });
});

describe('getSourceDomain', () => {
  it('gives the host a reader lands on, without www.', () => {
    expect(getSourceDomain('https://www.digitaljournal.com/world/x')).toBe('digitaljournal.com');
    expect(getSourceDomain('http://en.people.cn/n3/2026/0604/c90000-20463809.html')).toBe('en.people.cn');
  });

  it('gives nothing for an address that does not parse', () => {
    expect(getSourceDomain('')).toBeUndefined();
    expect(getSourceDomain('not a url')).toBeUndefined();
  });
});
