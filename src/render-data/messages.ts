import type { VFile } from 'vfile';
import type { ExportedMessage } from './types.ts';

/** A file's messages as plain data: what travels with the cached entry and what the linter reads. */
export function exportMessages(file: VFile): ExportedMessage[] {
  return file.messages.map((message) => ({
    reason: message.reason,
    ruleId: message.ruleId,
    severity: message.fatal ? 'error' : 'warning',
    line: message.line,
    column: message.column,
    sourceNumber: (message as { sourceNumber?: number }).sourceNumber,
  }));
}
