// The build checks the frontmatter of every brief before Astro loads the collection (src/integrations/
// brief-checks.ts), on every build: about 0.3 ms a brief, most of it parsing YAML with positions. A brief whose
// text and checking code have not changed since a check found it clean is clean again, so the build remembers
// those, in Astro's cache folder, and checks only the others.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The file, in Astro's cache folder, that holds the briefs found clean by the last build's check. */
export const CLEAN_BRIEFS_FILE = 'footnoted-clean-briefs.json';

/** The briefs a check found clean, each by its path and a hash of its text. */
export interface CleanBriefs {
  /** Whether the last check, by the same code, found this very text of `file` clean. */
  has(file: string, text: string): boolean;
  /** Records this text of `file` as clean. */
  add(file: string, text: string): void;
  /** Writes the briefs recorded in this run, and only them: a brief that was deleted or broken is forgotten. */
  save(): void;
}

interface StoredCleanBriefs {
  codeDigest: string;
  briefs: Record<string, string>;
}

/** Opens the record at `path`; one written by other checking code (another `codeDigest`) counts as empty. */
export function openCleanBriefs(path: string, codeDigest: string): CleanBriefs {
  const previous = readCleanBriefs(path, codeDigest);
  const next: Record<string, string> = {};
  return {
    has: (file, text) => previous[file] === hashText(text),
    add: (file, text) => {
      next[file] = hashText(text);
    },
    save: () => {
      mkdirSync(dirname(path), { recursive: true });
      const stored: StoredCleanBriefs = { codeDigest, briefs: next };
      writeFileSync(path, `${JSON.stringify(stored)}\n`);
    },
  };
}

function readCleanBriefs(path: string, codeDigest: string): Record<string, string> {
  try {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as Partial<StoredCleanBriefs>;
    return stored.codeDigest === codeDigest && typeof stored.briefs === 'object' ? { ...stored.briefs } : {};
  } catch {
    // No record yet, or an unreadable one: every brief is checked.
    return {};
  }
}

function hashText(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}
