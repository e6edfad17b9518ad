import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveCacheDir } from '../../src/lib/cache-dir.ts';

describe('resolveCacheDir', () => {
  const root = join('/', 'project');

  it('is Astro’s default folder inside node_modules when FOOTNOTED_CACHE_DIR is unset or blank', () => {
    expect(resolveCacheDir(root, undefined)).toBe(join(root, 'node_modules/.astro'));
    expect(resolveCacheDir(root, '  ')).toBe(join(root, 'node_modules/.astro'));
  });

  it('takes a relative folder from the project root and an absolute one as it is', () => {
    expect(resolveCacheDir(root, 'cache')).toBe(join(root, 'cache'));
    expect(resolveCacheDir(root, join('/', 'tmp', 'c'))).toBe(join('/', 'tmp', 'c'));
  });
});
