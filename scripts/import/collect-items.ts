import { findAddresses } from './find-addresses.ts';
import { isHeading, isListLabel, matchItemStart } from './item-markers.ts';
import type { PastedItem } from './parse-source-item.ts';

/**
 * Collects the items of a source list that starts at a given line. An item runs on over lines that are not
 * item starts when they follow it directly or are indented (academic references wrap that way). After a blank
 * line, unindented text ends the list, unless another item follows within three lines: those lines are stray
 * notes inside the list (`欧拉积分：` between items), left out and named in a warning.
 */

/** The items found, the line after the last one, and the stray lines inside the list. */
export interface CollectedItems {
  items: PastedItem[];
  end: number;
  stray: number[];
}

/** How many lines of text may stand between two items of one list. */
const MAX_STRAY_LINES = 3;

/** Collects the list starting at line `start` (0-based; blank lines first are skipped), or undefined. */
export function collectItems(
  lines: readonly string[],
  start: number,
  lineOffset: number,
): CollectedItems | undefined {
  let index = start;
  while (index < lines.length && (lines[index] ?? '').trim() === '') index += 1;
  const numbered = matchItemStart(lines[index] ?? '') !== undefined;
  if (!numbered && !isUnnumberedItem(lines[index] ?? '')) return undefined;
  const collected: CollectedItems = { items: [], end: index, stray: [] };
  let afterBlank = false;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      afterBlank = true;
      continue;
    }
    if (isHeading(line) || isListLabel(line)) break;
    const start = readItemStart(line, numbered, collected.items.length);
    const current = collected.items.at(-1);
    if (start) {
      collected.items.push({ number: start.number, text: start.rest, line: index + lineOffset });
    } else if (current && (!afterBlank || /^(\t| {2,})/.test(line))) {
      current.text += `\n${line.trim()}`;
    } else {
      const next = findNextItem(lines, index, numbered);
      if (next === undefined) break;
      for (let stray = index; stray < next; stray += 1) {
        if ((lines[stray] ?? '').trim() !== '') collected.stray.push(stray + lineOffset);
      }
      index = next - 1;
      continue;
    }
    afterBlank = false;
    collected.end = index + 1;
  }
  return collected.items.length > 0 ? collected : undefined;
}

/** An item of a list without numbers: a bullet, or a line that starts with an address or a link. */
function isUnnumberedItem(line: string): boolean {
  return (
    /^[ \t]{0,3}(?:[-*+•][ \t]+\S|<?https?:\/\/|\[[^\]]+\]\(https?:)/.test(line) &&
    findAddresses(line).length > 0
  );
}

function readItemStart(
  line: string,
  numbered: boolean,
  count: number,
): { number: number; rest: string } | undefined {
  if (numbered) return matchItemStart(line);
  return isUnnumberedItem(line)
    ? { number: count + 1, rest: line.replace(/^[ \t]*[-*+•]?[ \t]*/, '') }
    : undefined;
}

/** The next item start within a few lines of text and no heading, or undefined. */
function findNextItem(lines: readonly string[], from: number, numbered: boolean): number | undefined {
  let text = 0;
  for (let index = from; index < lines.length && text <= MAX_STRAY_LINES; index += 1) {
    const line = lines[index] ?? '';
    if (isHeading(line) || isListLabel(line)) return undefined;
    if (readItemStart(line, numbered, 0)) return index;
    if (line.trim() !== '') text += 1;
  }
  return undefined;
}
