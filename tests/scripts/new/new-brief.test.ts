import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { briefSchema } from '../../../src/lib/brief-schema.ts';
import { splitBriefFile } from '../../../src/lib/checks/brief-file.ts';
import {
  createBriefSkeleton,
  getBriefFileName,
  getLocalDate,
  toFileSlug,
} from '../../../scripts/new/new-brief.ts';

describe('new brief files', () => {
  it('toFileSlug keeps letters and digits of any script, joined by hyphens', () => {
    expect(toFileSlug('China & US agree, again!')).toBe('china-us-agree-again');
    expect(toFileSlug('Café Zürich: 3 new rules')).toBe('cafe-zurich-3-new-rules');
    expect(toFileSlug('中美 AI 对话')).toBe('中美-ai-对话');
  });

  it('name the file after the local date and the headline', () => {
    expect(getBriefFileName('Talks resume', '2026-05-19')).toBe('2026-05-19-talks-resume.md');
    expect(getBriefFileName('!!!', '2026-05-19')).toBe('2026-05-19-brief.md');
  });

  it('take the date in the given time zone', () => {
    const now = new Date('2026-05-19T22:30:00Z');
    expect(getLocalDate(now, 'UTC')).toBe('2026-05-19');
    expect(getLocalDate(now, 'Asia/Shanghai')).toBe('2026-05-20');
  });

  it('write a skeleton that is a valid draft brief, with quoting where the headline needs it', () => {
    const skeleton = createBriefSkeleton('Talks: "round two"', '2026-05-19');
    const frontmatter = parse(splitBriefFile(skeleton).frontmatter ?? '');
    const data = briefSchema.parse(frontmatter);
    expect(data.title).toBe('Talks: "round two"');
    expect(data.draft).toBe(true);
    expect(data.date.toISOString()).toBe('2026-05-19T00:00:00.000Z');
  });
});
