import { describe, expect, it } from 'vitest';
import {
  formatDiagnostic,
  getDisplayPath,
  renderReport,
  type Diagnostic,
} from '../../src/lib/diagnostics.ts';

const warning: Diagnostic = {
  file: '/p/content/briefs/x.md',
  line: 3,
  column: 5,
  severity: 'warning',
  message: 'w',
};
const error: Diagnostic = { ...warning, line: 2, severity: 'error', message: 'e' };

describe('diagnostics', () => {
  it('show paths relative to the project root when inside it, else absolute', () => {
    expect(getDisplayPath('/p/content/briefs/x.md', '/p')).toBe('content/briefs/x.md');
    expect(getDisplayPath('/elsewhere/x.md', '/p')).toBe('/elsewhere/x.md');
  });

  it('format one line per problem', () => {
    expect(formatDiagnostic(error, '/p')).toBe('content/briefs/x.md:2:5: error: e');
  });

  it('end a report with the count, and fail only on errors', () => {
    expect(
      renderReport({ diagnostics: [warning], briefCount: 1 }, { projectRoot: '/p', strict: false }),
    ).toEqual({
      lines: ['content/briefs/x.md:3:5: warning: w', '0 errors, 1 warning in 1 brief'],
      failed: false,
    });
    expect(
      renderReport({ diagnostics: [error], briefCount: 2 }, { projectRoot: '/p', strict: false }).failed,
    ).toBe(true);
  });

  it('turn warnings into errors in strict mode', () => {
    expect(
      renderReport({ diagnostics: [warning], briefCount: 3 }, { projectRoot: '/p', strict: true }),
    ).toEqual({
      lines: ['content/briefs/x.md:3:5: error: w', '1 error, 0 warnings in 3 briefs'],
      failed: true,
    });
  });
});
