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

  it('reports an impossible date as written instead of rolling it over', () => {
    expect(check(VALID.replace('2026-05-19', '2026-02-30'))).toEqual([
      '3:7: error: "date" is "2026-02-30", which is not a real date: write it as YYYY-MM-DD',
    ]);
  });

  it('reports an unknown key at the key, so typos are caught', () => {
    expect(check(`${VALID}\nsumary: Oops`)).toEqual([
      '8:1: error: unknown field "sumary": check its spelling against the fields the README lists',
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
      '3:7: error: "date" is "soon", which is not a real date: write it as YYYY-MM-DD',
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
