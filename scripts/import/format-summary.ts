import type { ImportResult } from './import-pasted-text.ts';

/**
 * The summary printed on standard error after an import, one fact a line, so that an editor sees what to check
 * and a script can grep it:
 *   sources found: 5
 *   cited: 1, 2, 4
 *   never cited: 3, 5
 *   guessed from the address (check them): 2 title, 2 publisher
 *   need sources (placeholders): 6
 */
export function formatSummary(result: ImportResult, notes: readonly string[] = []): string[] {
  const cited = new Set(result.cited);
  const real = result.sources.filter((source) => !source.placeholder);
  const lines = [
    `sources found: ${result.listed}${result.listed === 0 ? ' (no source list)' : ''}`,
    `cited: ${list(result.cited)}`,
    `never cited: ${list(real.filter((source) => !cited.has(source.number)).map((source) => source.number))}`,
    `guessed from the address (check them): ${list(real.flatMap((s) => s.guessed.map((field) => `${s.number} ${field}`)))}`,
  ];
  const placeholders = result.sources.filter((source) => source.placeholder).map((source) => source.number);
  if (placeholders.length > 0) lines.push(`need sources (placeholders): ${list(placeholders)}`);
  const noAddress = real.filter((source) => source.missingUrl).map((source) => source.number);
  if (noAddress.length > 0) lines.push(`need an address (placeholder url): ${list(noAddress)}`);
  return [...lines, ...[...result.warnings, ...notes].map((warning) => `warning: ${warning}`)];
}

function list(items: readonly (number | string)[]): string {
  return items.length > 0 ? items.join(', ') : 'none';
}
