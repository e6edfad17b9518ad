import type { Node, Paragraph, Root, RootContent } from 'mdast';
import type { SourceRefGroup } from '../model.ts';
import { findQuotations } from './find-quotations.ts';
import { flattenParagraph, skipGroups, type FlatParagraph, type NextGroup } from './flatten-paragraph.ts';
import { getAnchor, type Anchor } from './locate.ts';
import { getChildren, isCaption, isEditorsNote, isNoClaimBlock } from './non-claims.ts';
import { splitSentences, type SentenceSpan } from './split-sentences.ts';
import { endWithWrittenGroups, getBackingMarks, type BackingMark } from './backing-marks.ts';

/** A direct quotation inside a claim. */
export interface Quotation {
  /** The quoted words, marks excluded, spaces collapsed. */
  text: string;
  /** Where its opening mark is. */
  anchor: Anchor | undefined;
}

/** How a claim is backed: by a group of its own, by the group that closes its paragraph, or not at all. */
export type Coverage = 'own' | 'paragraph' | 'none';

/** One claim: a sentence of the brief's body. */
export interface Claim {
  /** The sentence as a reader reads it: citation groups left out, spaces collapsed. */
  text: string;
  coverage: Coverage;
  /** The source numbers that back it, ascending, each once; empty when `coverage` is 'none'. */
  sources: number[];
  /** The indexes of its own citation groups (`SourceRefGroup.index`), in order. */
  groups: number[];
  quotations: Quotation[];
  /** Where the sentence starts. */
  anchor: Anchor | undefined;
}

/** What claims are read with. */
export interface CollectSettings {
  /** Every citation group of the brief in document order: `file.data.sourceRefs.groups`. */
  groups: readonly SourceRefGroup[];
  /** The sentence rules of the brief's language. */
  segmenter: Intl.Segmenter;
}

/**
 * The claims of a brief's tree, after remark-source-refs has turned its groups into `sourceRefGroup` nodes.
 * Each paragraph is read once and split into sentences once. A sentence is backed by the groups inside it
 * (or right after its full stop); a sentence with none is backed by the group that closes its paragraph, if
 * one does. Headings, tables, captions, footnotes and an editor's note are not claims.
 */
export function collectClaims(tree: Root, settings: CollectSettings): Claim[] {
  let next = 0;
  const nextGroup: NextGroup = () => settings.groups[next++];
  const claims: Claim[] = [];
  const visitBlocks = (parent: Node): void => {
    let previous: RootContent | undefined;
    for (const child of getChildren(parent)) {
      if (child.type === 'paragraph') readParagraph(child, previous);
      else if (isNoClaimBlock(child)) skipGroups(child, nextGroup);
      else visitBlocks(child);
      previous = child;
    }
  };
  const readParagraph = (paragraph: Paragraph, previous: RootContent | undefined): void => {
    const flat = flattenParagraph(paragraph, nextGroup);
    if (!isCaption(paragraph, previous) && !isEditorsNote(flat.text)) {
      claims.push(...readClaims(flat, settings.segmenter));
    }
  };
  visitBlocks(tree);
  return claims;
}

/** The claims of one paragraph. */
function readClaims(flat: FlatParagraph, segmenter: Intl.Segmenter): Claim[] {
  const quotations = findQuotations(flat.text, flat.code);
  const marks = getBackingMarks(flat);
  const groupOffsets = marks.map((mark) => mark.offset);
  const split = splitSentences(flat.text, segmenter, { quotations, groupOffsets });
  const sentences = endWithWrittenGroups(split, marks, flat.text);
  const closing = getClosingMarks(flat.text, marks);
  const closingSources = toSourceNumbers(closing.map((mark) => mark.group));
  const owners = marks.map((mark) => getOwner(mark.offset, sentences));
  return sentences.map((sentence, index) => {
    const own = marks.filter((_, markIndex) => owners[markIndex] === index);
    const coverage: Coverage = own.length > 0 ? 'own' : closing.length > 0 ? 'paragraph' : 'none';
    return {
      text: collapse(flat.text.slice(sentence.start, sentence.end)),
      coverage,
      sources:
        coverage === 'own'
          ? toSourceNumbers(own.map((mark) => mark.group))
          : coverage === 'paragraph'
            ? closingSources
            : [],
      groups: own.flatMap((mark) => (mark.group ? [mark.group.index] : [])),
      quotations: quotations
        .filter((quote) => quote.start >= sentence.start && quote.start < sentence.end)
        .map((quote) => ({
          text: collapse(flat.text.slice(quote.contentStart, Math.min(quote.contentEnd, sentence.end))),
          anchor: getAnchor(flat.pieces, quote.start),
        })),
      anchor: getAnchor(flat.pieces, sentence.start),
    };
  });
}

/**
 * The sentence a group at `offset` belongs to: the last one that starts before it, so that a group after a full
 * stop (`said so. [1] Then…`) backs the sentence it follows; a group before every sentence, the first.
 */
function getOwner(offset: number, sentences: readonly SentenceSpan[]): number {
  return Math.max(
    0,
    sentences.findLastIndex((sentence) => sentence.start < offset),
  );
}

/** The marks that close the paragraph: nothing but punctuation and spaces after them. */
function getClosingMarks(text: string, marks: readonly BackingMark[]): BackingMark[] {
  const closing: BackingMark[] = [];
  for (let i = marks.length - 1; i >= 0; i -= 1) {
    const mark = marks[i];
    if (!mark || !CLOSING_TAIL.test(text.slice(mark.tail))) break;
    closing.push(mark);
  }
  return closing;
}

/** What may follow a group that closes its paragraph: punctuation (a full stop, a closing quote) and spaces. */
const CLOSING_TAIL = /^[\s\p{P}]*$/u;

function toSourceNumbers(groups: ReadonlyArray<SourceRefGroup | undefined>): number[] {
  const numbers = new Set(groups.flatMap((group) => group?.refs ?? []));
  return [...numbers].sort((a, b) => a - b);
}

/** Collapses runs of spaces; most sentences have none, and skipping the replace is a tenth of this module's cost. */
function collapse(text: string): string {
  return /\s\s|[\t\n\r]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}
