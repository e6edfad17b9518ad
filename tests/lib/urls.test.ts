import { describe, expect, it } from 'vitest';
import { getBriefPath, getPagePath } from '../../src/lib/urls.ts';

describe('page paths', () => {
  it('join the base path and the page path with exactly one slash', () => {
    expect(getPagePath('/')).toBe('/');
    expect(getPagePath('/news/', 'favicon.svg')).toBe('/news/favicon.svg');
    expect(getPagePath('/news', '/favicon.svg')).toBe('/news/favicon.svg');
  });

  it('put a brief at /briefs/<id>/, keeping subfolders', () => {
    expect(getBriefPath('/', '2026-05-19-x')).toBe('/briefs/2026-05-19-x/');
    expect(getBriefPath('/news/', 'world/asia-brief')).toBe('/news/briefs/world/asia-brief/');
  });
});
