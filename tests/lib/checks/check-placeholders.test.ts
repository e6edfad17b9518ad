import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitBriefFile } from '../../../src/lib/checks/brief-file.ts';
import { checkPlaceholders } from '../../../src/lib/checks/check-placeholders.ts';
import { createBriefSkeleton } from '../../../scripts/new/new-brief.ts';
import { isPlaceholderValue, PLACEHOLDER_SOURCE } from '../../../src/lib/placeholders.ts';

const check = (text: string) => checkPlaceholders('/b/x.md', splitBriefFile(text));
const undraft = (text: string) => text.replace(/^draft: true.*\n/m, '');

describe('placeholders', () => {
  it('recognise the values of npm run new and npm run import, and nothing else', () => {
    expect(isPlaceholderValue('Title of the source')).toBe(true);
    expect(isPlaceholderValue('Who published it')).toBe(true);
    expect(isPlaceholderValue('https://example.com/replace-me')).toBe(true);
    expect(isPlaceholderValue('https://example.com/replace-me#4')).toBe(true);
    expect(isPlaceholderValue('https://example.com/story')).toBe(false);
    expect(isPlaceholderValue('Reuters')).toBe(false);
    expect(isPlaceholderValue(3)).toBe(false);
  });

  it('the skeleton of npm run new uses the shared values', () => {
    const skeleton = createBriefSkeleton('Talks', '2026-05-19');
    const data = parse(splitBriefFile(skeleton).frontmatter ?? '') as { sources: unknown[] };
    expect(data.sources).toEqual([{ ...PLACEHOLDER_SOURCE }]);
  });
});

describe('checkPlaceholders', () => {
  it('makes every placeholder of a published brief an error at its line and column', () => {
    const skeleton = undraft(createBriefSkeleton('Talks', '2026-05-19'));
    const lines = skeleton.split('\n');
    const lineOf = (text: string) => lines.findIndex((line) => line.includes(text)) + 1;
    expect(check(skeleton)).toEqual([
      {
        file: '/b/x.md',
        line: lineOf('title: Title of the source'),
        column: 12,
        severity: 'error',
        message:
          'source 1: "title" is still a placeholder (Title of the source): replace it with the source\'s real title before publishing',
      },
      {
        file: '/b/x.md',
        line: lineOf('publisher: Who published it'),
        column: 16,
        severity: 'error',
        message:
          'source 1: "publisher" is still a placeholder (Who published it): replace it with the source\'s real publisher before publishing',
      },
      {
        file: '/b/x.md',
        line: lineOf('url: https://example.com/replace-me'),
        column: 10,
        severity: 'error',
        message:
          'source 1: "url" is still a placeholder (https://example.com/replace-me): replace it with the source\'s real address before publishing',
      },
      {
        file: '/b/x.md',
        line: lineOf('Write the first sentence here'),
        column: 1,
        severity: 'error',
        message: 'the first sentence is still the placeholder of npm run new: write your own',
      },
    ]);
  });

  it('makes them warnings in a draft', () => {
    const problems = check(createBriefSkeleton('Talks', '2026-05-19'));
    expect(problems.map((problem) => problem.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
  });

  it('finds nothing in a finished brief, or in one whose YAML is broken', () => {
    const finished =
      '---\ntitle: A\ndate: 2026-05-19\nsources:\n  - title: T\n    publisher: P\n    url: https://p.example/a\n---\n\nText [1].\n';
    expect(check(finished)).toEqual([]);
    expect(check('---\ntitle: [unclosed\n---\n\nText.\n')).toEqual([]);
    expect(check('No frontmatter.\n')).toEqual([]);
  });
});
