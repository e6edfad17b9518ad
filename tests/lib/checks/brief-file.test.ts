import { describe, expect, it } from 'vitest';
import { getLineAndColumn, mapBodyPosition, splitBriefFile } from '../../../src/lib/checks/brief-file.ts';

describe('splitBriefFile', () => {
  it('finds the frontmatter and where the trimmed body starts', () => {
    const parts = splitBriefFile('---\ntitle: A\n---\n\n\nFirst line [1].\n');
    expect(parts.frontmatter).toBe('\ntitle: A\n');
    expect(parts.frontmatterLine).toBe(1);
    expect(parts.body).toBe('First line [1].');
    expect(parts.bodyStart).toEqual({ line: 6, column: 1 });
  });

  it('handles a byte-order mark and CRLF line endings', () => {
    const parts = splitBriefFile('\uFEFF---\r\ntitle: A\r\n---\r\n\r\nText.\r\n');
    expect(parts.frontmatter).toBe('\r\ntitle: A\r\n');
    expect(parts.body).toBe('Text.');
    expect(parts.bodyStart).toEqual({ line: 5, column: 1 });
  });

  it('treats a file without frontmatter as all body', () => {
    const parts = splitBriefFile('  Just text.');
    expect(parts.frontmatter).toBeUndefined();
    expect(parts.bodyStart).toEqual({ line: 1, column: 3 });
  });
});

describe('positions', () => {
  it('getLineAndColumn counts from 1', () => {
    expect(getLineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(getLineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('mapBodyPosition shifts lines, and columns on the body’s first line only', () => {
    const parts = { bodyStart: { line: 10, column: 3 } };
    expect(mapBodyPosition(parts, { line: 1, column: 5 })).toEqual({ line: 10, column: 7 });
    expect(mapBodyPosition(parts, { line: 4, column: 5 })).toEqual({ line: 13, column: 5 });
  });
});
