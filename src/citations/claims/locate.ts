import type { InlineCode, Text } from 'mdast';
import type { Point } from 'unist';
import { advancePoint, createTextLocator } from '../locate/locate-text.ts';
import type { TextPiece } from './flatten-paragraph.ts';

/** A place in the brief's text: a character of a text or inline code node's value. */
export interface Anchor {
  node: Text | InlineCode;
  /** Offset in `node.value`. */
  index: number;
}

/** The anchor of flat-text offset `offset`: the piece that holds it (or the next one, past a line break). */
export function getAnchor(pieces: readonly TextPiece[], offset: number): Anchor | undefined {
  const piece = pieces.find((candidate) => offset < candidate.end) ?? pieces.at(-1);
  if (!piece) return undefined;
  return { node: piece.node, index: Math.max(0, Math.min(offset, piece.end) - piece.start) };
}

/**
 * Where an anchor is in the Markdown `source` the tree was parsed from (1-based line and column of the body).
 * Resolved only when asked: a brief's messages and reports need a few places, not every sentence's.
 * Text values differ from their source (escapes, entities, smartypants' quotes and dashes), so the text
 * locator (../locate/), which pairs value and source character by character, does the mapping.
 */
export function locateAnchor(anchor: Anchor, source: string | undefined): Point | undefined {
  const { node, index } = anchor;
  if (node.type === 'text') return createTextLocator(node, source).getPosition(index, index + 1)?.start;
  const start = node.position?.start;
  if (!start) return undefined;
  // Inline code keeps its value as written, after the opening backticks (and one space, when padded).
  const written =
    source !== undefined && start.offset !== undefined && node.position?.end.offset !== undefined
      ? source.slice(start.offset, node.position.end.offset)
      : `\`${node.value}\``;
  const valueAt = Math.max(0, written.indexOf(node.value));
  return advancePoint(start, written.slice(0, valueAt + index));
}
