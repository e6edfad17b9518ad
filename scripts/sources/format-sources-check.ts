import type { SourcesCheck } from './check-sources.ts';
import type { CitedSource } from './cited-sources.ts';
import type { Verdict } from './judge-source.ts';
import { formatCount as count } from '../../src/lib/counts.ts';

/** What `npm run check:sources` prints: problems first, each with the claims it touches, then the count. */
export interface FormatInput {
  result: SourcesCheck;
  sources: readonly CitedSource[];
  /** The path shown for a brief (relative to the project root when inside it). */
  displayPath: (file: string) => string;
}

/** The label of each verdict that is printed on its own line; live sources are only counted. */
const LABELS: Partial<Record<Verdict, string>> = {
  dead: 'dead',
  changed: 'changed',
  unverified: 'could not verify',
};

/** The order problems are printed in: what needs an editor most, first. */
const ORDER: readonly Verdict[] = ['dead', 'changed', 'unverified'];

/** Longest claim text shown under a source; a claim's place leads to the rest. */
const MAX_CLAIM_LENGTH = 100;

/** The report's lines; see FormatInput. */
export function formatSourcesCheck(input: FormatInput): string[] {
  const { result, sources, displayPath } = input;
  if (result.offline) {
    return [
      `Could not reach any of the ${count(sources.length, 'source')}: no answer at all, so this machine is ` +
        'most likely offline. Nothing was checked and the lock file was left as it was.',
    ];
  }
  const byUrl = new Map(sources.map((source) => [source.url, source]));
  const lines = ORDER.flatMap((verdict) =>
    result.outcomes
      .filter((outcome) => outcome.verdict === verdict)
      .flatMap((outcome) => [
        `${LABELS[verdict] ?? verdict}: ${outcome.url}: ${outcome.detail}`,
        ...describeCiters(byUrl.get(outcome.url), displayPath),
      ]),
  );
  return [...lines, summarise(result)];
}

function describeCiters(source: CitedSource | undefined, displayPath: (file: string) => string): string[] {
  if (!source) return [];
  if (source.citations.length === 0) {
    return source.briefs.map((file) => `  listed in ${displayPath(file)}, cited by no claim`);
  }
  return source.citations.map(
    (citation) =>
      `  cited in ${displayPath(citation.file)}:${citation.line}:${citation.column}: ${shorten(citation.text)}`,
  );
}

function summarise(result: SourcesCheck): string {
  const tally = (verdict: Verdict) => result.outcomes.filter((outcome) => outcome.verdict === verdict).length;
  const parts = [
    `${tally('live')} live`,
    `${tally('new')} recorded for the first time`,
    `${tally('changed')} changed`,
    `${tally('dead')} dead`,
    `${tally('unverified')} could not be verified`,
  ];
  return `${count(result.outcomes.length, 'source')}: ${parts.join(', ')}`;
}

function shorten(text: string): string {
  return text.length <= MAX_CLAIM_LENGTH ? text : `${text.slice(0, MAX_CLAIM_LENGTH - 1).trimEnd()}…`;
}
