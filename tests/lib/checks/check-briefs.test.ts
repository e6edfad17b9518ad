import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBriefs } from '../../../src/lib/checks/check-briefs.ts';
import type { CitationChecker } from '../../../src/lib/checks/check-citations.ts';
import { makeTempDir } from '../../helpers/astro-build.ts';

const BRIEF = `---
title: A brief
date: 2026-05-19
sources:
  - title: One
    publisher: Example
    url: https://example.com/one
---

Body [1].
`;

/** A citation checker that only records which briefs it was asked about. */
function createRecordingChecker(checked: string[]): CitationChecker {
  return (file) => {
    checked.push(file);
    return Promise.resolve([]);
  };
}

describe('checkBriefs', () => {
  it('says how to fix a briefs folder that does not exist', async () => {
    const folder = join(makeTempDir('check-briefs'), 'missing');
    expect(await checkBriefs(folder)).toEqual({
      diagnostics: [
        {
          file: folder,
          line: 1,
          column: 1,
          severity: 'error',
          message: 'the briefs folder does not exist: create it or point BRIEFS_DIR at the folder of briefs',
        },
      ],
      briefCount: 0,
    });
  });

  it('warns about a file name dated otherwise than its brief, and still checks its citations', async () => {
    const folder = makeTempDir('check-briefs');
    const file = join(folder, '2026-05-18-a-brief.md');
    writeFileSync(file, BRIEF);
    writeFileSync(join(folder, '2026-05-19-same-day.md'), BRIEF);
    const checked: string[] = [];
    const result = await checkBriefs(folder, { citationChecker: createRecordingChecker(checked) });
    expect(
      result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`),
    ).toEqual([
      `${file}:3:7: warning: the file name's date, 2026-05-18, differs from "date", 2026-05-19: correct one of them (renaming the file changes the brief's address)`,
    ]);
    expect(checked.sort()).toEqual([file, join(folder, '2026-05-19-same-day.md')]);
  });

  it('does not compare the file name with a date that is itself wrong', async () => {
    const folder = makeTempDir('check-briefs');
    writeFileSync(join(folder, '2026-05-18-a-brief.md'), BRIEF.replace('2026-05-19', '2026-11-31'));
    const { diagnostics } = await checkBriefs(folder);
    expect(diagnostics.map((d) => d.message)).toEqual([
      '"date" is "2026-11-31", but November 2026 has 30 days',
    ]);
  });
});
