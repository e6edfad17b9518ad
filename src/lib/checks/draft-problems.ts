import { parseFrontmatterYaml } from './frontmatter-yaml.ts';
import type { Diagnostic } from '../diagnostics.ts';

/**
 * A draft is work in progress: none of its problems may stop a build or a CI run, so each one is reported as a
 * warning that `FOOTNOTED_STRICT=1` leaves a warning. Publishing it (removing `draft: true`) brings them back
 * as errors.
 */

/** Whether a brief's frontmatter says `draft: true`; frontmatter that is missing or not valid YAML does not. */
export function isDraftFrontmatter(frontmatter: string | undefined): boolean {
  if (frontmatter === undefined) return false;
  const { data } = parseFrontmatterYaml(frontmatter);
  return typeof data === 'object' && data !== null && 'draft' in data && data.draft === true;
}

/** The problems of a draft: every one a warning, marked so that strict mode does not promote it. */
export function relaxDraftProblems(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((diagnostic) => ({ ...diagnostic, severity: 'warning', draft: true }));
}
