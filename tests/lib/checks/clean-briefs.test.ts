import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkBriefs } from '../../../src/lib/checks/check-briefs.ts';
import { openCleanBriefs } from '../../../src/lib/checks/clean-briefs.ts';
import { makeTempDir } from '../../helpers/astro-build.ts';

const VALID = `---
title: A brief
date: 2026-05-19
sources:
  - title: One
    publisher: Example
    url: https://example.com/one
---

Text [1].
`;

describe('openCleanBriefs', () => {
  it('knows a brief found clean while its text and the checking code stay the same', () => {
    const path = join(makeTempDir('clean'), 'clean.json');
    const first = openCleanBriefs(path, 'code-1');
    expect(first.has('/b/a.md', 'text')).toBe(false);
    first.add('/b/a.md', 'text');
    first.save();
    const second = openCleanBriefs(path, 'code-1');
    expect(second.has('/b/a.md', 'text')).toBe(true);
    expect(second.has('/b/a.md', 'text, edited')).toBe(false);
    expect(second.has('/b/other.md', 'text')).toBe(false);
    expect(openCleanBriefs(path, 'code-2').has('/b/a.md', 'text')).toBe(false);
  });

  it('keeps only the briefs recorded in the last run, and reads a broken record as empty', () => {
    const path = join(makeTempDir('clean'), 'clean.json');
    const first = openCleanBriefs(path, 'code');
    first.add('/b/a.md', 'a');
    first.add('/b/b.md', 'b');
    first.save();
    const second = openCleanBriefs(path, 'code');
    second.add('/b/a.md', 'a');
    second.save();
    expect(openCleanBriefs(path, 'code').has('/b/b.md', 'b')).toBe(false);
    writeFileSync(path, '{ not json');
    expect(openCleanBriefs(path, 'code').has('/b/a.md', 'a')).toBe(false);
  });
});

describe('checkBriefs with the clean briefs of an earlier run', () => {
  it('records clean briefs only, and still reports a brief that broke since', async () => {
    const folder = makeTempDir('clean-briefs');
    writeFileSync(join(folder, '2026-05-19-good.md'), VALID);
    writeFileSync(join(folder, '2026-05-19-bad.md'), VALID.replace('title: A brief\n', ''));
    const path = join(makeTempDir('clean'), 'clean.json');
    const run = async () => checkBriefs(folder, { cleanBriefs: openCleanBriefs(path, 'code') });
    const messages = async () => (await run()).diagnostics.map((d) => `${d.file}: ${d.message}`);

    const first = await messages();
    expect(first).toEqual([
      `${join(folder, '2026-05-19-bad.md')}: "title" is missing: every brief needs one`,
    ]);
    expect(Object.keys(JSON.parse(readFileSync(path, 'utf8')).briefs)).toEqual([
      join(folder, '2026-05-19-good.md'),
    ]);
    expect(await messages()).toEqual(first);

    writeFileSync(join(folder, '2026-05-19-good.md'), VALID.replace('date: 2026-05-19', 'date: 2026-02-30'));
    expect(await messages()).toContain(
      `${join(folder, '2026-05-19-good.md')}: "date" is "2026-02-30", but February 2026 has 28 days`,
    );
    expect((await run()).briefCount).toBe(2);
  });

  it('does not check again a brief the record vouches for', async () => {
    const folder = makeTempDir('clean-briefs');
    writeFileSync(join(folder, '2026-05-19-bad.md'), VALID.replace('title: A brief\n', ''));
    const cleanBriefs = { has: () => true, add: vi.fn(), save: vi.fn() };
    expect((await checkBriefs(folder, { cleanBriefs })).diagnostics).toEqual([]);
    expect(cleanBriefs.add).toHaveBeenCalledOnce();
    expect(cleanBriefs.save).toHaveBeenCalledOnce();
  });
});
