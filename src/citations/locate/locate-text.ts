import type { Text } from 'mdast';
import type { Point, Position } from 'unist';
import { alignToSource } from './align-to-source.ts';

/** Answers where parts of one text node's value are in the Markdown source. */
export interface TextLocator {
  /** The source position of `value.slice(start, end)`, or undefined when the node has no position. */
  getPosition(start: number, end: number): Position | undefined;
  /** Whether the value character at `index` was written as itself (so `\[` and `&#91;` are not). */
  isLiteral(index: number): boolean;
  /** The Markdown behind `value.slice(start, end)`, as written (`--` where the value has `—`). */
  getSourceText(start: number, end: number): string;
}

/**
 * Builds the locator of `node`, given the whole Markdown `source` (`String(file.value)`).
 * Without a source or a position (a tree built by hand), the value stands in for its own source.
 */
export function createTextLocator(node: Text, source: string | undefined): TextLocator {
  const slice = getSourceSlice(node, source);
  const spans = slice === undefined ? undefined : alignToSource(node.value, slice);
  const text = slice ?? node.value;
  // Offsets in `text` of the Markdown behind `value.slice(start, end)`.
  const toRange = (start: number, end: number): [number, number] => {
    if (!spans) return [start, end];
    const from = spans[start]?.start ?? text.length;
    return [from, end > start ? (spans[end - 1]?.end ?? text.length) : from];
  };
  const startPoint = node.position?.start;
  return {
    getPosition(start, end) {
      if (!startPoint) return undefined;
      const [from, to] = toRange(start, end);
      return {
        start: advancePoint(startPoint, text.slice(0, from)),
        end: advancePoint(startPoint, text.slice(0, to)),
      };
    },
    isLiteral: (index) => spans?.[index]?.literal ?? true,
    getSourceText: (start, end) => text.slice(...toRange(start, end)),
  };
}

/** The Markdown that `node` was parsed from, when both the source and the node's offsets are known. */
function getSourceSlice(node: Text, source: string | undefined): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return source !== undefined && start !== undefined && end !== undefined
    ? source.slice(start, end)
    : undefined;
}

/** The point reached from `start` after reading `text`. */
export function advancePoint(start: Point, text: string): Point {
  const lastBreak = text.lastIndexOf('\n');
  const offset = start.offset === undefined ? undefined : start.offset + text.length;
  if (lastBreak === -1) return { line: start.line, column: start.column + text.length, offset };
  const breaks = text.split('\n').length - 1;
  return { line: start.line + breaks, column: text.length - lastBreak, offset };
}
