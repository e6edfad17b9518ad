import {
  formatDuplicateSource,
  formatNoSources,
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
 * order written. One message per rule keeps `[1–40]` in a five-source brief to one error, not 35. In a
 * brief that lists no sources at all, the group's numbers go to the brief's one `no-sources` error instead
 * of an `unknown-source` error per group.
 */
export function checkGroup(group: ParsedSourceRefs, context: GroupContext): Problem[] {
  const { written, sourceCount, place } = context;
  const numbers = expandRanges(group.ranges);
  const reversed = group.ranges.find(({ first, last }) => first > last);
  const beyond = sourceCount > 0 ? numbers.find((number) => number > sourceCount) : undefined;
  const twice = numbers.find((number, index) => numbers.indexOf(number) !== index);
  const reasons: Array<[Problem['ruleId'], string | undefined]> = [
    ['reversed-range', reversed && formatReversedRange(written, reversed)],
    ['source-zero', numbers.includes(0) ? formatSourceZero(written) : undefined],
    ['unknown-source', beyond === undefined ? undefined : formatUnknownSource(written, beyond, sourceCount)],
    ['duplicate-source', twice === undefined ? undefined : formatDuplicateSource(written, twice)],
  ];
  const problems = reasons.flatMap(([ruleId, reason]) =>
    reason ? [{ reason, ruleId, place, fatal: true }] : [],
  );
  const noSources = sourceCount === 0 ? getNoSourcesProblem(numbers, place) : undefined;
  return noSources ? [...problems, noSources] : problems;
}

/** This group's part of the brief's `no-sources` error; none for a group citing only source 0. */
function getNoSourcesProblem(numbers: readonly number[], place: Problem['place']): Problem | undefined {
  const citedNumbers = [...new Set(numbers.filter((number) => number > 0))].sort((a, b) => a - b);
  if (citedNumbers.length === 0) return undefined;
  return { reason: formatNoSources(citedNumbers), ruleId: 'no-sources', place, fatal: true, citedNumbers };
}
