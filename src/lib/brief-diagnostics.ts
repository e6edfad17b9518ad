import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { readRenderData } from '../render-data/read.ts';
import { splitBriefFile } from './checks/brief-file.ts';
import { relaxDraftProblems } from './checks/draft-problems.ts';
import { mapMessagesToFile } from './checks/map-messages.ts';
import type { Diagnostic } from './diagnostics.ts';

/** The absolute path of a brief's file. */
export function getBriefFile(brief: CollectionEntry<'briefs'>, projectRoot: string): string {
  return resolve(projectRoot, brief.filePath ?? brief.id);
}

/**
 * The problems the Markdown pipeline recorded on a brief, positioned in its `file` (absolute). They live in the
 * entry's cached render (see src/render-data/), so they are there on warm builds too, where no plugin runs.
 * In a draft every problem is a warning, which FOOTNOTED_STRICT=1 does not promote.
 */
export function getBriefDiagnostics(brief: CollectionEntry<'briefs'>, file: string): Diagnostic[] {
  const problems = getPipelineProblems(brief, file);
  return brief.data.draft ? relaxDraftProblems(problems) : problems;
}

function getPipelineProblems(brief: CollectionEntry<'briefs'>, file: string): Diagnostic[] {
  if (!brief.rendered) {
    const message = 'this brief could not be rendered: see the error logged above it';
    return [{ file, line: 1, column: 1, severity: 'error', message }];
  }
  const messages = readRenderData(brief)?.messages;
  if (!messages?.length) return [];
  // Read the file only when it has messages: they are positioned in the body and need its offset.
  return mapMessagesToFile(file, splitBriefFile(readFileSync(file, 'utf8')), messages);
}
