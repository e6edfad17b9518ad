import { stringify } from 'yaml';
import type { ImportedSource } from './build-sources.ts';

/** What an imported brief is made of. */
export interface ImportedBrief {
  title: string;
  date: string;
  sources: readonly ImportedSource[];
  body: string;
}

/** The draft's comment: what the editor does before publishing. */
const DRAFT_NOTE = '# imported: check every source, then remove this line to publish';

/**
 * The text of an imported brief: camelCase frontmatter as the brief schema reads it (title, date, `draft: true`
 * and the sources in their numbered order), then the body as pasted.
 */
export function composeBrief(brief: ImportedBrief): string {
  const frontmatter = stringify(
    {
      title: brief.title,
      date: brief.date,
      draft: true,
      sources: brief.sources.map((source) => source.fields),
    },
    // lineWidth 0: a long title or address stays on one line, as an editor would write it.
    { lineWidth: 0 },
  ).replace(/^draft: true$/m, `draft: true ${DRAFT_NOTE}`);
  return `---\n${frontmatter}---\n\n${brief.body}\n`;
}

/**
 * The body: the lines left, without blank lines and rules (`---`) at either end, nor headings at its end (a
 * heading that stood over the source list, such as `### 電子雑誌`, has nothing left under it).
 */
export function joinBody(lines: readonly string[]): string {
  const isEdge = (line: string) => /^\s*([-*_]\s*){3,}$/.test(line) || line.trim() === '';
  let start = 0;
  let end = lines.length;
  while (start < end && isEdge(lines[start] ?? '')) start += 1;
  while (end > start && (isEdge(lines[end - 1] ?? '') || /^ {0,3}#{1,6}(\s|$)/.test(lines[end - 1] ?? '')))
    end -= 1;
  return lines.slice(start, end).join('\n');
}
