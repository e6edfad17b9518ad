import { parseSourceRefs } from '../grammar.ts';
import type { SourceRefGroup } from '../model.ts';
import type { FlatParagraph } from './flatten-paragraph.ts';
import type { SentenceSpan } from './split-sentences.ts';

// What backs the sentences of a paragraph: its citation groups, and those the writer wrote that were invalid.

/**
 * The citation groups still written in a paragraph's flat text, outside inline code: those remark-source-refs
 * reported as invalid (a source the brief does not list, or no sources at all) and so left as text. The
 * writer cited there, so the sentence is cited: its quotation must not also be called uncited.
 */
function findWrittenGroups(
  text: string,
  code: ReadonlyArray<[number, number]>,
): Array<{ start: number; end: number }> {
  // Most paragraphs hold no bracket at all once their valid groups are out: skip the regular expression.
  if (!text.includes('[')) return [];
  return parseSourceRefs(text)
    .filter((group) => !code.some(([start, end]) => group.start < end && group.end > start))
    .map(({ start, end }) => ({ start, end }));
}

/**
 * What backs sentences in a paragraph: its groups, and the groups left written as text because they were
 * invalid (`group` undefined), which cite without naming a source the brief has. `offset` decides which
 * sentence a mark belongs to; `tail` is where the text after it starts.
 */
export interface BackingMark {
  offset: number;
  tail: number;
  group: SourceRefGroup | undefined;
}

/** The marks of a paragraph, in text order. */
export function getBackingMarks(flat: FlatParagraph): BackingMark[] {
  const marks: BackingMark[] = flat.groups.map(({ offset, group }) => ({ offset, tail: offset, group }));
  for (const { start, end } of findWrittenGroups(flat.text, flat.code)) {
    marks.push({ offset: start, tail: end, group: undefined });
  }
  return marks.sort((a, b) => a.offset - b.offset);
}

/**
 * Gives a group left written as text back to the sentence it follows: the sentence rules break before its
 * bracket (`“We agree.” [7] Talks…`), as they would not before a group turned into a node.
 */
export function endWithWrittenGroups(
  sentences: readonly SentenceSpan[],
  marks: readonly BackingMark[],
  text: string,
): SentenceSpan[] {
  const result: SentenceSpan[] = [];
  for (const sentence of sentences) {
    const previous = result.at(-1);
    let { start } = sentence;
    for (let mark = findWrittenAt(marks, start); previous && mark; mark = findWrittenAt(marks, start)) {
      previous.end = mark.tail;
      start = mark.tail + (/^\s*/.exec(text.slice(mark.tail))?.[0].length ?? 0);
    }
    if (start < sentence.end) result.push({ start, end: sentence.end });
  }
  return result;
}

function findWrittenAt(marks: readonly BackingMark[], offset: number): BackingMark | undefined {
  return marks.find((mark) => mark.group === undefined && mark.offset === offset);
}
