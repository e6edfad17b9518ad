// Reads `npm run build` arguments: where the site goes, and what else to hand to `astro build` unchanged.
import { resolve } from 'node:path';

/** What `npm run build [-- --outDir DIR] [other astro flags]` asks for. */
export interface BuildArgs {
  /** Absolute path of the folder the finished site replaces. */
  outDir: string;
  /** Every other argument, passed to `astro build` as given. */
  astroArgs: string[];
}

/** The output folder when none is given, as Astro's own default. */
export const DEFAULT_OUT_DIR = 'dist';

/**
 * Parses build arguments; `--outDir DIR` and `--outDir=DIR` both work, a relative DIR is taken from `cwd`
 * (npm runs scripts from the project root, so this matches what `astro build --outDir` did before).
 */
export function parseBuildArgs(argv: readonly string[], cwd: string): BuildArgs {
  let outDir = DEFAULT_OUT_DIR;
  const astroArgs: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--outDir') {
      const value = argv[++index];
      if (value === undefined || value === '') throw new Error('--outDir needs a folder: --outDir DIR');
      outDir = value;
    } else if (arg.startsWith('--outDir=')) {
      outDir = arg.slice('--outDir='.length);
      if (outDir === '') throw new Error('--outDir needs a folder: --outDir=DIR');
    } else {
      astroArgs.push(arg);
    }
  }
  return { outDir: resolve(cwd, outDir), astroArgs };
}
