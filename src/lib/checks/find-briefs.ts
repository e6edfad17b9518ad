import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every brief file (`*.md`, subfolders included) under a folder, sorted, as absolute paths. */
export function findBriefFiles(briefsDir: string): string[] {
  if (!existsSync(briefsDir)) return [];
  return readdirSync(briefsDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(briefsDir, name))
    .sort();
}
