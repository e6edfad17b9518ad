import { describe, expect, it } from 'vitest';
import { formatBriefDate, isMidnightUtc, toDatetimeAttribute } from '../../src/lib/dates.ts';

describe('formatBriefDate', () => {
  it('shows a calendar date as written, even in a zone west of Greenwich', () => {
    const date = new Date('2026-05-19T00:00:00Z');
    expect(formatBriefDate(date, { timeZone: 'America/New_York' })).toBe('19 May 2026');
    expect(formatBriefDate(date, { timeZone: 'Asia/Shanghai' })).toBe('19 May 2026');
  });

  it('converts a date with a time into the time zone', () => {
    const lateEvening = new Date('2026-05-19T22:30:00Z');
    expect(formatBriefDate(lateEvening, { timeZone: 'UTC' })).toBe('19 May 2026');
    expect(formatBriefDate(lateEvening, { timeZone: 'Asia/Shanghai' })).toBe('20 May 2026');
  });

  it('uses the site time zone by default', () => {
    expect(formatBriefDate(new Date('2026-03-02T09:30:00+01:00'))).toBe('2 March 2026');
  });
});

describe('isMidnightUtc and toDatetimeAttribute', () => {
  it('treat midnight UTC as a date without a time', () => {
    expect(isMidnightUtc(new Date('2026-05-19T00:00:00Z'))).toBe(true);
    expect(isMidnightUtc(new Date('2026-05-19T00:00:01Z'))).toBe(false);
    expect(toDatetimeAttribute(new Date('2026-05-19T00:00:00Z'))).toBe('2026-05-19');
    expect(toDatetimeAttribute(new Date('2026-05-19T08:30:00Z'))).toBe('2026-05-19T08:30:00.000Z');
  });
});
