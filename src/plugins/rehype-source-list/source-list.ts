import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import {
  getSourceEntryId,
  getSourceListHeadingId,
  type BriefSource,
  type SourceRefsData,
} from '../../citations/index.ts';
import { createBacklinks } from './backlinks.ts';
import { createDeadSourceNote } from './source-status.ts';

/** What the source list is built from: the brief's data, the heading text, and each source's reference. */
export interface SourceListInput {
  data: SourceRefsData;
  heading: string;
  /** Formatted reference of `source`, which is source number `sourceNumber`. */
  getReference: (source: BriefSource, sourceNumber: number) => ElementContent[];
  /** Whether `source` is recorded as no longer online; its entry then says so. Default: none is. */
  isDead?: (source: BriefSource) => boolean;
}

/**
 * The source list: a section with the endnotes role, labelled by its own heading, holding an `<ol>` with one
 * item per source in source-number order, so the list's numbers are the brief's numbers.
 */
export function createSourceList(input: SourceListInput): Element {
  const { idPrefix, sources } = input.data;
  const headingId = getSourceListHeadingId(idPrefix);
  const items = sources.map((source, index) => createSourceItem(input, source, index + 1));
  return h('section.source-list', { role: 'doc-endnotes', ariaLabelledBy: headingId }, [
    newline,
    h('h2', { id: headingId }, input.heading),
    newline,
    h('ol', items.flatMap((item) => [newline, item]).concat(newline)),
    newline,
  ]);
}

function createSourceItem(input: SourceListInput, source: BriefSource, sourceNumber: number): Element {
  const { idPrefix, citingGroups } = input.data;
  const backlinks = createBacklinks({
    idPrefix,
    sourceNumber,
    groupIndexes: citingGroups[sourceNumber] ?? [],
  });
  const reference = h('span.source-reference', input.getReference(source, sourceNumber));
  const children: ElementContent[] = backlinks
    ? [backlinks, { type: 'text', value: ' ' }, reference]
    : [reference];
  if (input.isDead?.(source)) children.push({ type: 'text', value: ' ' }, createDeadSourceNote(source));
  return h('li', { id: getSourceEntryId(idPrefix, sourceNumber) }, children);
}

// Line breaks between block elements keep the page source readable; they render as nothing.
const newline = { type: 'text', value: '\n' } as const;
