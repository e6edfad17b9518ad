import type { Diagnostic } from '../diagnostics.ts';
import type { BriefFileParts } from './brief-file.ts';
import { isDraftFrontmatter } from './draft-problems.ts';

/**
 * Reports a brief with nothing under its frontmatter: Astro would publish an empty page under its headline.
 * A draft may be empty (it is not published), and a file without frontmatter is left to the frontmatter
 * check, which says what is missing.
 */
export function checkBody(file: string, parts: BriefFileParts): Diagnostic[] {
  if (parts.frontmatter === undefined || parts.body !== '' || isDraftFrontmatter(parts.frontmatter))
    return [];
  const message = 'this brief has no text: write it below the frontmatter';
  return [{ file, ...parts.bodyStart, severity: 'error', message }];
}
