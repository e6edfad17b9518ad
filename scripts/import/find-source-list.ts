import { collectItems, type CollectedItems } from './collect-items.ts';
import { collectParagraphs } from './collect-paragraphs.ts';
import { collectTable } from './collect-table.ts';
import { findAddresses } from './find-addresses.ts';
import { matchInlineList } from './inline-list.ts';
import { isListLabel, matchDefinition, matchItemStart } from './item-markers.ts';
import type { PastedItem } from './parse-source-item.ts';

/**
 * Finds the source list of a pasted text and takes it out of the body. In order:
 * 1. the list under the last label line (`Sources`, `## References`, `参考资料：` …) that has items under it:
 *    numbered or bulleted items, a table, or one reference a paragraph; or on it (`Sources: [1] https://…`);
 * 2. link and footnote definitions (`[1]: https://…`), wherever they stand;
 * 3. when neither is found, a numbered list that ends the text, with no label, if each of its items has an
 *    address or a bracketed number (`[1] …`) and the numbers go up: a text's own numbered list is left alone.
 * Text after a labelled list stays in the body. Lines inside code blocks are never read as a list.
 */

/** The items of the source list, the lines left for the body, and warnings for the summary. */
export interface FoundSourceList {
  items: PastedItem[];
  bodyLines: string[];
  warnings: string[];
}

/** Finds the source list in `lines`; `lineOffset` is added to line numbers in warnings (1 for the first). */
export function findSourceList(lines: readonly string[], lineOffset = 1): FoundSourceList {
  const code = findCodeLines(lines);
  const removed = new Set<number>();
  const found: FoundSourceList = { items: [], bodyLines: [], warnings: [] };
  const take = (from: number, list: CollectedItems) => {
    for (let index = from; index < list.end; index += 1) removed.add(index);
    found.items.push(...list.items);
    for (const line of list.stray) {
      found.warnings.push(
        `line ${line}, inside the source list, was left out: "${lines[line - lineOffset]?.trim()}"`,
      );
    }
  };
  const labelled = findLabelledList(lines, code, lineOffset);
  if (labelled) take(labelled.label, labelled.list);
  lines.forEach((line, index) => {
    const definition = removed.has(index) || code.has(index) ? undefined : matchDefinition(line);
    if (!definition) return;
    found.items.push({ number: definition.number, text: definition.rest, line: index + lineOffset });
    removed.add(index);
  });
  const trailing = found.items.length === 0 ? findTrailingList(lines, code, lineOffset) : undefined;
  if (trailing) take(trailing.start, trailing.list);
  found.bodyLines = lines.filter((_, index) => !removed.has(index));
  return found;
}

function findLabelledList(lines: readonly string[], code: Set<number>, lineOffset: number) {
  for (let label = lines.length - 1; label >= 0; label -= 1) {
    if (code.has(label)) continue;
    const inline = matchInlineList(lines[label] ?? '', label + lineOffset);
    if (inline) return { label, list: { items: inline, end: label + 1, stray: [] } };
    if (!isListLabel(lines[label] ?? '')) continue;
    const first = lines.findIndex((line, index) => index > label && line.trim() !== '');
    const list =
      collectItems(lines, label + 1, lineOffset) ??
      collectTable(lines, first, lineOffset) ??
      collectParagraphs(lines, label + 1, lineOffset);
    if (list.items.length > 0) return { label, list };
  }
  return undefined;
}

function findTrailingList(lines: readonly string[], code: Set<number>, lineOffset: number) {
  const lastText = lines.findLastIndex((line) => line.trim() !== '');
  for (let start = 0; start <= lastText; start += 1) {
    if (code.has(start) || !matchItemStart(lines[start] ?? '')) continue;
    const list = collectItems(lines, start, lineOffset);
    if (list && list.end > lastText && isSourceList(lines, list, lineOffset)) return { start, list };
  }
  return undefined;
}

/** Whether an unlabelled list reads as sources: numbers going up, each item with an address or a `[n]`. */
function isSourceList(lines: readonly string[], list: CollectedItems, lineOffset: number): boolean {
  const rising = list.items.every(
    (item, index) => index === 0 || item.number > (list.items[index - 1]?.number ?? 0),
  );
  const sourced = list.items.every(
    (item) =>
      findAddresses(item.text).length > 0 || /^\s*[-*+•]?\s*\[\d/.test(lines[item.line - lineOffset] ?? ''),
  );
  return rising && sourced;
}

/** Indexes of the lines inside fenced code blocks, fences included. */
function findCodeLines(lines: readonly string[]): Set<number> {
  const code = new Set<number>();
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const marker = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence || marker) code.add(index);
    if (marker && !fence) fence = marker.slice(0, 3);
    else if (marker && fence && marker.startsWith(fence)) fence = undefined;
  });
  return code;
}
