import { describe, expect, it } from 'vitest';
import { parseBuildArgs } from '../../../scripts/build/parse-build-args.ts';

describe('parseBuildArgs', () => {
  it('writes to dist/ in the project root when no folder is given', () => {
    expect(parseBuildArgs([], '/project')).toEqual({ outDir: '/project/dist', astroArgs: [] });
  });

  it('takes --outDir DIR and --outDir=DIR, relative to the project root or absolute', () => {
    expect(parseBuildArgs(['--outDir', 'public-site'], '/project').outDir).toBe('/project/public-site');
    expect(parseBuildArgs(['--outDir=/srv/www'], '/project').outDir).toBe('/srv/www');
  });

  it('hands every other argument to astro build in order', () => {
    expect(parseBuildArgs(['--verbose', '--outDir', '/tmp/x', '--silent'], '/p')).toEqual({
      outDir: '/tmp/x',
      astroArgs: ['--verbose', '--silent'],
    });
  });

  it('refuses --outDir without a folder, rather than building somewhere unexpected', () => {
    expect(() => parseBuildArgs(['--outDir'], '/p')).toThrow('--outDir needs a folder: --outDir DIR');
    expect(() => parseBuildArgs(['--outDir='], '/p')).toThrow('--outDir needs a folder: --outDir=DIR');
  });
});
