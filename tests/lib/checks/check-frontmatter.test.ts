import { describe, expect, it } from 'vitest';
import { splitBriefFile } from '../../../src/lib/checks/brief-file.ts';
import { checkFrontmatter } from '../../../src/lib/checks/check-frontmatter.ts';

function check(frontmatter: string): string[] {
  return checkFrontmatter('/b/x.md', splitBriefFile(`---\n${frontmatter}\n---\n\nBody.\n`)).map(
    (d) => `${d.line}:${d.column}: ${d.severity}: ${d.message}`,
  );
}

const VALID = `title: A brief
date: 2026-05-19
sources:
  - title: One
    publisher: Example
    url: https://example.com/one`;

describe('checkFrontmatter', () => {
  it('accepts a valid brief', () => {
    expect(check(VALID)).toEqual([]);
  });

  it('reports a missing field at the start of the frontmatter', () => {
    expect(check('date: 2026-05-19')).toEqual(['2:1: error: "title" is missing: every brief needs one']);
  });

  it('reports an impossible date as written instead of rolling it over, with the length of its month', () => {
    expect(check(VALID.replace('2026-05-19', '2026-02-30'))).toEqual([
      '3:7: error: "date" is "2026-02-30", but February 2026 has 28 days',
    ]);
    expect(check(VALID.replace('2026-05-19', '2026-11-31'))).toEqual([
      '3:7: error: "date" is "2026-11-31", but November 2026 has 30 days',
    ]);
  });

  it('counts 29 days in February of a leap year only', () => {
    expect(check(VALID.replace('2026-05-19', '2028-02-29'))).toEqual([]);
    expect(check(VALID.replace('2026-05-19', '2027-02-29'))).toEqual([
      '3:7: error: "date" is "2027-02-29", but February 2027 has 28 days',
    ]);
    expect(check(VALID.replace('2026-05-19', '2100-02-29'))).toEqual([
      '3:7: error: "date" is "2100-02-29", but February 2100 has 28 days',
    ]);
  });

  it('says why a date that is not YYYY-MM-DD, or has no such month, day or time, is wrong', () => {
    const problems = ['19 May 2026', '2026-5-19', '2026-13-01', '2026-05-00', '2026-05-19T25:00:00Z'].map(
      (date) => check(VALID.replace('2026-05-19', `"${date}"`)),
    );
    expect(problems).toEqual([
      ['3:7: error: "date" is "19 May 2026": write it as YYYY-MM-DD, such as 2026-05-19'],
      ['3:7: error: "date" is "2026-5-19": write it as YYYY-MM-DD, such as 2026-05-19'],
      ['3:7: error: "date" is "2026-13-01", but there is no month 13: months run from 01 to 12'],
      ['3:7: error: "date" is "2026-05-00", but days start at 01'],
      [
        '3:7: error: "date" is "2026-05-19T25:00:00Z", which is not a valid time: write a date as YYYY-MM-DD, or a date and time as 2026-05-19T09:30:00+08:00',
      ],
    ]);
  });

  it('accepts a date-time with a time zone', () => {
    expect(check(VALID.replace('2026-05-19', '2026-05-19T09:30:00+08:00'))).toEqual([]);
  });

  it('explains every date field the same way: updated, a source date, accessed, a correction date', () => {
    const frontmatter = `${VALID}\n    date: 2026-04-31\n    accessed: 2026-06-31\nupdated: 2026-09-31\ncorrections:\n  - date: 2026-02-29\n    text: Fixed.`;
    expect(check(frontmatter)).toEqual([
      '10:10: error: "updated" is "2026-09-31", but September 2026 has 30 days',
      '12:11: error: correction 1: "date" is "2026-02-29", but February 2026 has 28 days',
      '8:11: error: source 1: "date" is "2026-04-31", but April 2026 has 30 days',
      '9:15: error: source 1: "accessed" is "2026-06-31", but June 2026 has 30 days',
    ]);
  });

  it('reports an unknown key at the key and suggests the field it is closest to', () => {
    expect(check(`${VALID}\nsumary: Oops`)).toEqual([
      '8:1: error: unknown field "sumary": did you mean "summary"?',
    ]);
  });

  it('suggests fields at every level, without also calling the misspelt field missing', () => {
    const frontmatter = `${VALID.replace('publisher', 'publsher')}\n    archiveURL: https://archive.org/x\noriginal:\n  publisher: Example\n  utl: https://example.com/\ncorrections:\n  - date: 2026-05-20\n    txet: Fixed.\neditor_note: A note.`;
    expect(check(frontmatter)).toEqual([
      '11:3: error: unknown field "original.utl": did you mean "original.url"?',
      '14:5: error: correction 1: unknown field "txet": did you mean "text"?',
      '6:5: error: source 1: unknown field "publsher": did you mean "publisher"?',
      '8:5: error: source 1: unknown field "archiveURL": did you mean "archiveUrl"?',
      '15:1: error: unknown field "editor_note": did you mean "editorNote"?',
    ]);
  });

  it('lists the fields to choose from when no field is close, and reports each unknown key', () => {
    expect(check(`${VALID}\ntags: [a]\nname: B`)).toEqual([
      '8:1: error: unknown field "tags": the fields of a brief are title, date, updated, summary, byline, lang, topics, draft, original, editorNote, corrections and sources',
      '9:1: error: unknown field "name": the fields of a brief are title, date, updated, summary, byline, lang, topics, draft, original, editorNote, corrections and sources',
    ]);
    expect(check(`${VALID}\n    site: Example`)).toEqual([
      '8:5: error: source 1: unknown field "site": the fields of a source are title, publisher, url, date, author, agency, archiveUrl and accessed',
    ]);
    expect(check(`${VALID}\noriginal:\n  site: Example\n  url: https://example.com/`)).toEqual([
      '9:3: error: "original.publisher" is missing: "original" needs both publisher and url',
      '9:3: error: unknown field "original.site": the fields of "original" are publisher and url',
    ]);
  });

  it('numbers sources from 1 and points at the bad value', () => {
    expect(check(VALID.replace('https://example.com/one', 'javascript:alert(1)'))).toEqual([
      '7:10: error: source 1: "url" must be an absolute http:// or https:// URL',
    ]);
  });

  it('reports every problem, not only the first', () => {
    const problems = check('title: ""\ndate: soon\ndraft: maybe\nsources: none');
    expect(problems).toEqual([
      '2:8: error: "title" must not be empty',
      '3:7: error: "date" is "soon": write it as YYYY-MM-DD, such as 2026-05-19',
      '4:8: error: "draft" must be true or false',
      '5:10: error: "sources" must be a list',
    ]);
  });

  it('reports YAML syntax errors at their position', () => {
    expect(check('title: [unclosed\ndate: 2026-05-19')[0]).toMatch(
      /^\d+:\d+: error: the frontmatter is not valid YAML: /,
    );
  });

  it('requires frontmatter', () => {
    expect(checkFrontmatter('/b/x.md', splitBriefFile('No frontmatter.'))).toEqual([
      {
        file: '/b/x.md',
        line: 1,
        column: 1,
        severity: 'error',
        message:
          'this brief has no frontmatter: start the file with a --- block holding title, date and sources',
      },
    ]);
  });
});
