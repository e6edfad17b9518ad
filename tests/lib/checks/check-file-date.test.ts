import { describe, expect, it } from 'vitest';
import { splitBriefFile } from '../../../src/lib/checks/brief-file.ts';
import { checkFileDate } from '../../../src/lib/checks/check-file-date.ts';

function check(file: string, date: string): string[] {
  const text = `---\ntitle: A brief\ndate: ${date}\n---\n\nBody.\n`;
  return checkFileDate(file, splitBriefFile(text)).map(
    (d) => `${d.line}:${d.column}: ${d.severity}: ${d.message}`,
  );
}

describe('checkFileDate', () => {
  it('warns at the date when the file name starts with another date', () => {
    expect(check('/b/2026-05-18-harbour-strike.md', '2026-05-19')).toEqual([
      `3:7: warning: the file name's date, 2026-05-18, differs from "date", 2026-05-19: correct one of them (renaming the file changes the brief's address)`,
    ]);
  });

  it('accepts the same date, quoted or as the day of a date-time in any time zone', () => {
    expect(check('/b/2026-05-19-x.md', '2026-05-19')).toEqual([]);
    expect(check('/b/2026-05-19-x.md', '"2026-05-19"')).toEqual([]);
    expect(check('/b/2026-05-19.md', '2026-05-19T23:30:00-05:00')).toEqual([]);
  });

  it('leaves file names without a leading date alone', () => {
    expect(check('/b/harbour-strike.md', '2026-05-19')).toEqual([]);
    expect(check('/b/20260518-x.md', '2026-05-19')).toEqual([]);
  });
});
