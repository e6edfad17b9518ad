import { findAddresses } from './find-addresses.ts';
import { isHeading, isListLabel, matchItemStart, withoutBackLinks } from './item-markers.ts';
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
    const taken = takeLine({ lines, index, numbered, afterBlank, collected, lineOffset });
    if (taken === undefined) break;
    afterBlank = taken !== index;
    if (taken === index) collected.end = index + 1;
    index = taken;
  }
  return collected.items.length > 0 ? collected : undefined;
}

/**
 * Adds line `index` to the list: a new item, or the current item's next line. Returns the index of the last
 * line taken (past stray lines, when another item follows them), or undefined where the list ends.
 */
function takeLine(state: {
  lines: readonly string[];
  index: number;
  numbered: boolean;
  afterBlank: boolean;
  collected: CollectedItems;
  lineOffset: number;
}): number | undefined {
  const { lines, index, collected, lineOffset } = state;
  const line = lines[index] ?? '';
  const start = readItemStart(line, state.numbered, collected.items.length);
  const current = collected.items.at(-1);
  if (start) {
    collected.items.push({ number: start.number, text: start.rest, line: index + lineOffset });
    return index;
  }
  if (current && (!state.afterBlank || /^(\t| {2,})/.test(line))) {
    current.text += `\n${line.trim()}`;
    return index;
  }
  const next = findNextItem(lines, index, state.numbered);
  if (next === undefined) return undefined;
  for (let stray = index; stray < next; stray += 1) {
    if ((lines[stray] ?? '').trim() !== '') collected.stray.push(stray + lineOffset);
  }
  return next - 1;
}

/**
 * An item of a list without numbers: a bullet (Wikipedia's `^` among them), or a line that starts with an
 * address or a link.
 */
function isUnnumberedItem(line: string): boolean {
  return (
    /^[ \t]{0,3}(?:[-*+•^][ \t]+\S|<?https?:\/\/|\[[^\]]+\]\(https?:)/.test(line) &&
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
    ? { number: count + 1, rest: withoutBackLinks(line.replace(/^[ \t]*[-*+•]?[ \t]*/, '')) }
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
