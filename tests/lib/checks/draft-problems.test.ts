import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { briefCollectionSchema } from '../../../src/lib/brief-collection-schema.ts';
import { checkBriefs } from '../../../src/lib/checks/check-briefs.ts';
import { createCitationChecker } from '../../../src/lib/checks/check-citations.ts';
import { isDraftFrontmatter, relaxDraftProblems } from '../../../src/lib/checks/draft-problems.ts';
import { renderReport } from '../../../src/lib/diagnostics.ts';
import { createBriefProcessor, getPipelineSettings } from '../../../src/plugins/index.ts';

const folder = mkdtempSync(join(tmpdir(), 'footnoted-drafts-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// A source without a publisher (a schema error), a placeholder address and a citation of a missing source.
const BROKEN = `---
title: Work in progress
date: 2026-05-19
draft: true
sources:
  - title: A report
    url: https://example.com/replace-me
---

Something happened [1], and more [4].
`;

async function checkOne(name: string, text: string) {
  const dir = join(folder, name);
  const file = join(dir, '2026-05-19-work.md');
  mkdirSync(dir);
  writeFileSync(file, text);
  const processor = createBriefProcessor(getPipelineSettings('vancouver'), 'check');
  return checkBriefs(dir, { citationChecker: createCitationChecker(processor) });
}

describe('problems of a draft', () => {
  it('reads draft: true from the frontmatter, and nothing else as a draft', () => {
    expect(isDraftFrontmatter('\ndraft: true\n')).toBe(true);
    expect(isDraftFrontmatter('\ndraft: "true"\n')).toBe(false);
    expect(isDraftFrontmatter('\ndraft: [\n')).toBe(false);
    expect(isDraftFrontmatter(undefined)).toBe(false);
  });

  it('turns every problem into a warning marked as a draft', () => {
    const error = { file: '/b/x.md', line: 2, column: 3, severity: 'error', message: 'm' } as const;
    expect(relaxDraftProblems([error])).toEqual([{ ...error, severity: 'warning', draft: true }]);
  });

  it('schema, placeholder and citation problems of a draft are warnings that strict mode keeps', async () => {
    const result = await checkOne('draft', BROKEN);
    const lines = result.diagnostics.map((d) => `${d.line}:${d.column}: ${d.severity}: ${d.message}`);
    expect(lines).toEqual([
      '6:5: warning: source 1: "publisher" is missing: every source needs one',
      '7:10: warning: source 1: "url" is still a placeholder (https://example.com/replace-me): replace it with the source\'s real address before publishing',
    ]);
    expect(renderReport(result, { projectRoot: folder, strict: true }).failed).toBe(false);
  });

  it('checks the citations of a draft whose frontmatter is valid, as warnings too', async () => {
    const text = BROKEN.replace('  - title: A report\n', '  - title: A report\n    publisher: Agency\n');
    const result = await checkOne('citations', text);
    expect(result.diagnostics.map((d) => [d.line, d.severity, d.draft])).toEqual([
      [8, 'warning', true],
      [11, 'warning', true],
    ]);
    expect(result.diagnostics[1]?.message).toContain('cites source 4');
    expect(renderReport(result, { projectRoot: folder, strict: true }).failed).toBe(false);
  });

  it('the same problems in a brief to be published are errors', async () => {
    const result = await checkOne('published', BROKEN.replace('draft: true\n', ''));
    expect(result.diagnostics.map((d) => d.severity)).toEqual(['error', 'error']);
    expect(renderReport(result, { projectRoot: folder, strict: false }).failed).toBe(true);
  });
});

describe('briefCollectionSchema', () => {
  it('loads a draft the brief schema rejects, keeping its valid fields and its sources in place', () => {
    const draft = {
      title: 'Work in progress',
      date: 'not a date',
      draft: true,
      lang: 'en',
      sources: [{ title: 'A', publisher: 'B', url: 'https://b.example/a' }, { title: 'No address' }],
    };
    const data = briefCollectionSchema.parse(draft);
    expect(data.title).toBe('Work in progress');
    expect(data.date.toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(data.lang).toBe('en');
    expect(data.sources.map((source) => source.url)).toEqual([
      'https://b.example/a',
      'https://example.com/replace-me',
    ]);
  });

  it('still rejects a brief to be published', () => {
    const result = briefCollectionSchema.safeParse({ title: 'T', date: 'not a date' });
    expect(result.success).toBe(false);
  });
});
