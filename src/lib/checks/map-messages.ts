import { LineCounter, parseDocument } from 'yaml';
import type { ExportedMessage } from '../../render-data/types.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { mapBodyPosition, type BriefFileParts } from './brief-file.ts';

/**
 * Turns the Markdown pipeline's messages, positioned in the body, into diagnostics positioned in the file.
 * A message about a frontmatter source (a source never cited) moves to the line where that source is listed.
 */
export function mapMessagesToFile(
  file: string,
  parts: BriefFileParts,
  messages: readonly ExportedMessage[],
): Diagnostic[] {
  return messages.map((message) => {
    const position =
      message.sourceNumber !== undefined && message.line === undefined
        ? locateSource(parts, message.sourceNumber)
        : mapBodyPosition(parts, { line: message.line ?? 1, column: message.column ?? 1 });
    return { file, ...position, severity: message.severity, message: message.reason };
  });
}

/** File position of source `sourceNumber` in the frontmatter's `sources` list (or of the frontmatter). */
function locateSource(parts: BriefFileParts, sourceNumber: number): { line: number; column: number } {
  const lineCounter = new LineCounter();
  const document = parseDocument(parts.frontmatter ?? '', { lineCounter });
  const node = document.getIn(['sources', sourceNumber - 1], true) as { range?: number[] } | undefined;
  const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
  return { line: parts.frontmatterLine + line - 1, column: col };
}
