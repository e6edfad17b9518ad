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
import type { CitationStyle } from './styles.ts';

/** What the source list is built from: the brief's data, the heading text, and each source's reference. */
export interface SourceListInput {
  data: SourceRefsData;
  heading: string;
  /** The style the references are in: the list's class says it, for source-list.css. */
  style: CitationStyle;
  /** Formatted reference of `source`, which is source number `sourceNumber`. */
  getReference: (source: BriefSource, sourceNumber: number) => ElementContent[];
  /** Whether `source` is recorded as no longer online; its entry then says so. Default: none is. */
  isDead?: (source: BriefSource) => boolean;
}

/**
 * The source list: a section with the endnotes role, labelled by its own heading, holding an `<ol>` with one
 * item per source in source-number order, each with its number as its `value`: the list's numbers are the
 * brief's numbers, and stay so whatever later steps do to the list.
 */
export function createSourceList(input: SourceListInput): Element {
  const { idPrefix, sources } = input.data;
  const headingId = getSourceListHeadingId(idPrefix);
  const items = sources.map((source, index) => createSourceItem(input, source, index + 1));
  const className = input.style === 'news' ? ['source-list', 'source-list-news'] : ['source-list'];
  return h('section', { className, role: 'doc-endnotes', ariaLabelledBy: headingId }, [
    newline,
    h('h2', { id: headingId }, input.heading),
    newline,
    h('ol', items.flatMap((item) => [newline, item]).concat(newline)),
    newline,
  ]);
}

/** `<li id value>reference (status) ↩ back-links</li>`: what the source is first, the way back last. */
function createSourceItem(input: SourceListInput, source: BriefSource, sourceNumber: number): Element {
  const { idPrefix, citingGroups } = input.data;
  const children: ElementContent[] = [h('span.source-reference', input.getReference(source, sourceNumber))];
  if (input.isDead?.(source)) children.push(space, createDeadSourceNote(source));
  const groupIndexes = citingGroups[sourceNumber] ?? [];
  const backlinks = createBacklinks({ idPrefix, sourceNumber, groupIndexes });
  if (backlinks) children.push(space, backlinks);
  return h('li', { id: getSourceEntryId(idPrefix, sourceNumber), value: sourceNumber }, children);
}

// Line breaks between block elements keep the page source readable; they render as nothing.
const newline = { type: 'text', value: '\n' } as const;
const space = { type: 'text', value: ' ' } as const;
