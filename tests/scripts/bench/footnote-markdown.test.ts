import { describe, expect, it } from 'vitest';
import {
  expandGroup,
  toFootnoteBody,
  toFootnoteBrief,
  toFootnoteDefinition,
  toFootnoteRefs,
} from '../../../scripts/bench/footnote-markdown.ts';

const FIRST = { title: 'First', publisher: 'Outlet A', url: 'https://a.example/1', date: '2026-05-19' };
const SECOND = { title: 'Second', publisher: 'Outlet B', url: 'https://b.example/2' };
const THIRD = {
  title: 'Third',
  publisher: 'Outlet C',
  url: 'https://c.example/3',
  date: new Date('2026-05-20'),
};
const SOURCES = [FIRST, SECOND, THIRD];

describe('citation groups as footnote references', () => {
  it('expands lists and ranges of every dash, in the order written', () => {
    expect(expandGroup('[1, 3–4]')).toEqual([1, 3, 4]);
    expect(expandGroup('[ 2 ,1 ]')).toEqual([2, 1]);
    expect(expandGroup('[1-3]')).toEqual([1, 2, 3]);
    expect(expandGroup('[2—4]')).toEqual([2, 3, 4]);
  });

  it('writes each cited source as its own reference [^sN]', () => {
    expect(toFootnoteRefs('[1, 3–4]')).toBe('[^s1][^s3][^s4]');
    expect(toFootnoteRefs('[ 2 ]')).toBe('[^s2]');
  });
});

describe('footnote definitions', () => {
  it("reads `Publisher, 'Title', date, <url>`, without a date when the source has none", () => {
    expect(toFootnoteDefinition(1, FIRST)).toBe(
      "[^s1]: Outlet A, 'First', 2026-05-19, <https://a.example/1>",
    );
    expect(toFootnoteDefinition(2, SECOND)).toBe("[^s2]: Outlet B, 'Second', <https://b.example/2>");
    expect(toFootnoteDefinition(3, THIRD)).toBe(
      "[^s3]: Outlet C, 'Third', 2026-05-20, <https://c.example/3>",
    );
  });

  it('defines each cited source once, by number, and no uncited one', () => {
    const body = '## Heading\n\nA claim [3, 1]. Another [1].\n\n- An item [1–1]\n';
    expect(toFootnoteBody(body, SOURCES)).toBe(
      '## Heading\n\nA claim [^s3][^s1]. Another [^s1].\n\n- An item [^s1]\n\n' +
        "[^s1]: Outlet A, 'First', 2026-05-19, <https://a.example/1>\n" +
        "[^s3]: Outlet C, 'Third', 2026-05-20, <https://c.example/3>\n",
    );
  });

  it('leaves links and text in brackets that is no citation group as they are', () => {
    expect(toFootnoteBody('See [the statement](https://x.example) [sic] [2].', SOURCES)).toBe(
      "See [the statement](https://x.example) [sic] [^s2].\n\n[^s2]: Outlet B, 'Second', <https://b.example/2>\n",
    );
  });
});

describe('a whole brief', () => {
  it('keeps title, date and summary, and drops every other field', () => {
    const brief =
      '---\ntitle: "T: one"\ndate: 2026-05-19\nsummary: S\ntopics:\n  - x\nsources:\n' +
      '  - title: A\n    publisher: P\n    url: https://a.example\n---\n\nText [1].\n';
    expect(toFootnoteBrief(brief)).toBe(
      '---\ntitle: "T: one"\ndate: 2026-05-19\nsummary: "S"\n---\n\nText [^s1].\n\n' +
        "[^s1]: P, 'A', <https://a.example>\n",
    );
  });
});
