import {
  formatDuplicateSource,
  formatReversedRange,
  formatSourceZero,
  formatUnknownSource,
  type Problem,
} from './messages.ts';
import { expandRanges, type ParsedSourceRefs } from '../../citations/index.ts';

/** What a group is checked against. */
export interface GroupContext {
  /** The group exactly as written in the Markdown source, e.g. `[1--3]` where the text now reads `[1—3]`. */
  written: string;
  /** How many sources the brief lists. */
  sourceCount: number;
  place: Problem['place'];
}

/**
 * Lists what is wrong with one group: at most one problem per rule, about the first offending item in the
 * order written. One message per rule keeps `[1–40]` in a five-source brief to one error, not 35.
 */
export function checkGroup(group: ParsedSourceRefs, context: GroupContext): Problem[] {
  const { written, sourceCount, place } = context;
  const numbers = expandRanges(group.ranges);
  const reversed = group.ranges.find(({ first, last }) => first > last);
  const beyond = numbers.find((number) => number > sourceCount);
  const twice = numbers.find((number, index) => numbers.indexOf(number) !== index);
  const reasons: Array<[Problem['ruleId'], string | undefined]> = [
    ['reversed-range', reversed && formatReversedRange(written, reversed)],
    ['source-zero', numbers.includes(0) ? formatSourceZero(written) : undefined],
    ['unknown-source', beyond === undefined ? undefined : formatUnknownSource(written, beyond, sourceCount)],
    ['duplicate-source', twice === undefined ? undefined : formatDuplicateSource(written, twice)],
  ];
  return reasons.flatMap(([ruleId, reason]) => (reason ? [{ reason, ruleId, place, fatal: true }] : []));
}
