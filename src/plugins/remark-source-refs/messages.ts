import type { Position } from 'unist';
import type { VFile } from 'vfile';
import type { SourceRefRange } from '../../citations/index.ts';

/** A vfile message; `vfile` does not export the class's type, and `vfile-message` is not a dependency. */
export type VFileMessage = VFile['messages'][number];

/** The `source` of every message of this plugin, so a reporter can tell them from other plugins'. */
export const MESSAGE_SOURCE = 'footnoted';

/** The `ruleId` of every message this plugin can give. */
export type SourceRefsRuleId =
  | 'unknown-source'
  | 'no-sources'
  | 'source-zero'
  | 'reversed-range'
  | 'duplicate-source'
  | 'duplicate-source-list'
  | 'duplicate-source-definition'
  | 'source-gap'
  | 'swallowed-group'
  | 'uncited-source';

/**
 * A message about one numbered source. vfile 6 messages have no data field, so the number travels as an extra
 * property: an `uncited-source` warning about a frontmatter source has no place in the Markdown body, and a
 * later stage uses `sourceNumber` to move it to the frontmatter line of that source.
 */
export interface SourceNumberMessage extends VFileMessage {
  sourceNumber: number;
}

/** One problem to report. */
export interface Problem {
  reason: string;
  ruleId: SourceRefsRuleId;
  /** Where the problem is in the Markdown body; none for a frontmatter source. */
  place?: Position | undefined;
  /** Errors are fatal; `uncited-source` is a warning. */
  fatal: boolean;
  /** The source the message is about, when it is about one. */
  sourceNumber?: number;
  /** The numbers a `no-sources` problem's group cites. */
  citedNumbers?: readonly number[];
}

/** The one message about citations in a brief that lists no sources: every number cited, ascending. */
interface NoSourcesMessage extends VFileMessage {
  citedNumbers: number[];
}

/**
 * Adds `problem` to the file's messages; never throws, so that every problem of a brief is reported. A
 * brief that lists no sources gets one `no-sources` message: each further group adds its numbers to it.
 */
export function reportProblem(file: VFile, problem: Problem): VFileMessage {
  if (problem.ruleId === 'no-sources') {
    const first = file.messages.find(
      (message): message is NoSourcesMessage => message.ruleId === 'no-sources' && 'citedNumbers' in message,
    );
    if (first) return addCitedNumbers(first, problem.citedNumbers ?? []);
  }
  const message = file.message(problem.reason, {
    place: problem.place,
    ruleId: problem.ruleId,
    source: MESSAGE_SOURCE,
  });
  message.fatal = problem.fatal;
  if (problem.sourceNumber !== undefined) Object.assign(message, { sourceNumber: problem.sourceNumber });
  if (problem.ruleId === 'no-sources')
    Object.assign(message, { citedNumbers: [...(problem.citedNumbers ?? [])] });
  return message;
}

/** Widens the brief's `no-sources` message to the numbers of one more group. */
function addCitedNumbers(message: NoSourcesMessage, numbers: readonly number[]): VFileMessage {
  message.citedNumbers = [...new Set([...message.citedNumbers, ...numbers])].sort((a, b) => a - b);
  message.reason = formatNoSources(message.citedNumbers);
  message.message = message.reason;
  return message;
}

/** The source number that `message` is about, if it is one of this plugin's messages about a source. */
export function getMessageSourceNumber(message: VFileMessage): number | undefined {
  const { sourceNumber } = message as Partial<SourceNumberMessage>;
  return typeof sourceNumber === 'number' ? sourceNumber : undefined;
}

/** `3 sources`, `1 source`, `0 sources`. */
function countSources(count: number): string {
  return `${count} ${count === 1 ? 'source' : 'sources'}`;
}

/** Reason of a group citing a number beyond the brief's list. */
export function formatUnknownSource(group: string, sourceNumber: number, sourceCount: number): string {
  return `${group} cites source ${sourceNumber}, but this brief lists ${countSources(sourceCount)}`;
}

/** `3`, `1 and 2`, `1–5`, `1–3, 7 and 9`: runs of three or more as ranges. */
function formatNumbers(numbers: readonly number[]): string {
  const runs: number[][] = [];
  for (const number of numbers) {
    const run = runs.at(-1);
    if (run && run.at(-1) === number - 1) run.push(number);
    else runs.push([number]);
  }
  const parts = runs.flatMap((run) => (run.length >= 3 ? [`${run[0]}–${run.at(-1)}`] : run.map(String)));
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Reason of citations in a brief that lists no sources at all, naming every number cited, ascending. */
export function formatNoSources(numbers: readonly number[]): string {
  const cited = numbers.length === 1 ? 'source' : 'sources';
  const them = numbers.length === 1 ? 'it' : 'them';
  return `this brief cites ${cited} ${formatNumbers(numbers)} but lists none: add ${them} under "sources" in the frontmatter`;
}

/** Reason of a group citing source 0. */
export function formatSourceZero(group: string): string {
  return `${group} cites source 0, but sources are numbered from 1`;
}

/** Reason of a range written backwards; shown with an en dash whatever dash the author typed. */
export function formatReversedRange(group: string, range: SourceRefRange): string {
  return `${group} has a reversed range ${range.first}–${range.last}: write ${range.last}–${range.first}`;
}

/** Reason of a group citing one source twice, directly or through overlapping ranges. */
export function formatDuplicateSource(group: string, sourceNumber: number): string {
  return `${group} cites source ${sourceNumber} twice`;
}

/** Reason of a brief listing its sources twice. */
export const DUPLICATE_SOURCE_LIST =
  'sources are given both in the frontmatter and as link definitions: keep one list';

/** Reason of two link definitions giving the same source number. */
export function formatDuplicateDefinition(label: string, sourceNumber: number): string {
  return `link definition [${label}] gives source ${sourceNumber} again: keep one`;
}

/** Reason of numbered link definitions that leave a number out. */
export function formatSourceGap(sourceNumber: number): string {
  return `link definitions skip source ${sourceNumber}: number the sources from 1 without gaps`;
}

/** Reason of a link definition numbered 0. */
export function formatDefinitionZero(label: string): string {
  return `link definition [${label}] is numbered 0, but sources are numbered from 1`;
}

/** Reason of the warning about a source that the text never cites. */
export function formatUncitedSource(sourceNumber: number, publisher: string): string {
  const name = publisher ? ` (${publisher})` : '';
  return `source ${sourceNumber}${name} is never cited`;
}
