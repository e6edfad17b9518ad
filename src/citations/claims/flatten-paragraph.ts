import type { InlineCode, Node, Parent, Text } from 'mdast';
import type { SourceRefGroup } from '../model.ts';

/** A run of a paragraph's flat text that comes from one text or inline code node. */
export interface TextPiece {
  /** Offsets of the run in the flat text; `start` is where `node.value` begins. */
  start: number;
  end: number;
  node: Text | InlineCode;
}

/** A citation group of the paragraph, at the offset of the flat text where it stood. */
export interface GroupMark {
  offset: number;
  /** The group as remark-source-refs recorded it; undefined only if the tree and its data disagree. */
  group: SourceRefGroup | undefined;
}

/** A paragraph as a reader reads it: its text without citation groups, and where each part came from. */
export interface FlatParagraph {
  text: string;
  pieces: TextPiece[];
  groups: GroupMark[];
  /** Ranges of the flat text that are inline code: never prose, never a quotation. */
  code: Array<[number, number]>;
}

/** Hands out the groups of the brief in document order: the order in which remark-source-refs made them. */
export type NextGroup = () => SourceRefGroup | undefined;

/**
 * Flattens a paragraph's phrasing content into its reading text. Citation groups are left out, with the space
 * before them, so `said [1, 2].` reads `said.`; their offsets are kept. Images, raw HTML and footnote
 * references add nothing; line breaks read as spaces.
 */
export function flattenParagraph(paragraph: Parent, nextGroup: NextGroup): FlatParagraph {
  const flat: FlatParagraph = { text: '', pieces: [], groups: [], code: [] };
  appendChildren(flat, paragraph, nextGroup);
  return flat;
}

function appendChildren(flat: FlatParagraph, parent: Parent, nextGroup: NextGroup): void {
  for (const child of parent.children) appendNode(flat, child, nextGroup);
}

function appendNode(flat: FlatParagraph, node: Node, nextGroup: NextGroup): void {
  if (node.type === 'text' || node.type === 'inlineCode') {
    const textNode = node as Text | InlineCode;
    const start = flat.text.length;
    // A line break inside a paragraph is a space to readers, and to ICU a paragraph end: read it as a space.
    flat.text += textNode.value.replace(/[\r\n]/g, ' ');
    flat.pieces.push({ start, end: flat.text.length, node: textNode });
    if (node.type === 'inlineCode') flat.code.push([start, flat.text.length]);
  } else if (node.type === 'break') {
    flat.text += ' ';
  } else if (node.type === 'sourceRefGroup') {
    trimTrailingSpace(flat);
    flat.groups.push({ offset: flat.text.length, group: nextGroup() });
  } else if ('children' in node) {
    appendChildren(flat, node as Parent, nextGroup);
  }
}

/** Drops the space before a group, shortening the pieces it came from; their start offsets stay valid. */
function trimTrailingSpace(flat: FlatParagraph): void {
  const trimmed = flat.text.trimEnd();
  if (trimmed.length === flat.text.length) return;
  flat.text = trimmed;
  while ((flat.pieces.at(-1)?.start ?? -1) >= trimmed.length) flat.pieces.pop();
  const last = flat.pieces.at(-1);
  if (last && last.end > trimmed.length) last.end = trimmed.length;
}

/** Counts the groups inside content that holds no claims (headings, tables, captions), keeping the order. */
export function skipGroups(node: Node, nextGroup: NextGroup): void {
  if (node.type === 'sourceRefGroup') nextGroup();
  else if ('children' in node) for (const child of (node as Parent).children) skipGroups(child, nextGroup);
}
