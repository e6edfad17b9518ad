import type { Text } from 'mdast';
import type { Point, Position } from 'unist';
import { alignToSource, type SourceSpan } from './align-to-source.ts';

/** Answers where parts of one text node's value are in the Markdown source. */
export interface TextLocator {
  /** The source position of `value.slice(start, end)`, or undefined when the node has no position. */
  getPosition(start: number, end: number): Position | undefined;
  /** Whether the value character at `index` was written as itself (so `\[` and `&#91;` are not). */
  isLiteral(index: number): boolean;
  /** The Markdown behind `value.slice(start, end)`, exactly as written (with `--` where the value has `—`). */
  getSourceText(start: number, end: number): string;
}

/**
 * Builds the locator of `node`, given the whole Markdown `source` (`String(file.value)`).
 * Without a source or a position (a tree built by hand), the value stands in for its own source.
 */
export function createTextLocator(node: Text, source: string | undefined): TextLocator {
  const startPoint = node.position?.start;
  const startOffset = startPoint?.offset;
  const endOffset = node.position?.end.offset;
  const hasSource = source !== undefined && startOffset !== undefined && endOffset !== undefined;
  const slice = hasSource ? source.slice(startOffset, endOffset) : node.value;
  const spans = hasSource ? alignToSource(node.value, slice) : undefined;
  const getSpan = (index: number): SourceSpan => spans?.[index] ?? { start: index, end: index + 1, literal: true };
  const toOffset = (index: number, side: 'start' | 'end'): number =>
    index >= node.value.length ? (spans ? slice.length : index) : getSpan(index)[side];
  const getSourceOffsets = (start: number, end: number): [number, number] =>
    end > start ? [toOffset(start, 'start'), toOffset(end - 1, 'end')] : [toOffset(start, 'start'), toOffset(start, 'start')];
  return {
    getPosition(start, end) {
      if (!startPoint) return undefined;
      const [from, to] = getSourceOffsets(start, end);
      return { start: advancePoint(startPoint, slice.slice(0, from)), end: advancePoint(startPoint, slice.slice(0, to)) };
    },
    isLiteral: (index) => getSpan(index).literal,
    getSourceText(start, end) {
      const [from, to] = getSourceOffsets(start, end);
      return slice.slice(from, to);
    },
  };
}

/** The point reached from `start` after reading `text`. */
function advancePoint(start: Point, text: string): Point {
  const lastBreak = text.lastIndexOf('\n');
  const offset = start.offset === undefined ? undefined : start.offset + text.length;
  if (lastBreak === -1) return { line: start.line, column: start.column + text.length, offset };
  const breaks = text.split('\n').length - 1;
  return { line: start.line + breaks, column: text.length - lastBreak, offset };
}
