import { describe, expect, it } from 'vitest';
import { splitBriefFile } from '../../../src/lib/checks/brief-file.ts';
import { checkBody } from '../../../src/lib/checks/check-body.ts';

const check = (text: string) => checkBody('/b/x.md', splitBriefFile(text));

describe('checkBody', () => {
  it('reports a brief with nothing under its frontmatter, on the line after it', () => {
    expect(check('---\ntitle: A\ndate: 2026-05-19\n---\n\n  \n')).toEqual([
      {
        file: '/b/x.md',
        line: 7,
        column: 1,
        severity: 'error',
        message: 'this brief has no text: write it below the frontmatter',
      },
    ]);
  });

  it('lets a draft stay empty, and a brief with text pass', () => {
    expect(check('---\ntitle: A\ndraft: true\n---\n')).toEqual([]);
    expect(check('---\ntitle: A\n---\n\nText.\n')).toEqual([]);
  });

  it('leaves a file without frontmatter to the frontmatter check', () => {
    expect(check('')).toEqual([]);
  });
});
