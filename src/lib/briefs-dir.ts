import { isAbsolute, resolve } from 'node:path';
import { DEFAULT_BRIEFS_DIR } from '../consts.ts';

/** Absolute folder of briefs: `BRIEFS_DIR` (relative paths taken from the project root) or the default. */
export function resolveBriefsDir(projectRoot: string, briefsDir = process.env.BRIEFS_DIR): string {
  const folder = briefsDir?.trim() || DEFAULT_BRIEFS_DIR;
  return isAbsolute(folder) ? folder : resolve(projectRoot, folder);
}
