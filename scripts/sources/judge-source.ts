import type { UrlCheck } from './fetch-source.ts';
import type { LockEntry } from '../../src/lib/sources-lock.ts';

/**
 * What one visit means, given what the lock file recorded before: the verdict to report and the entry to
 * record. The recorded address and fingerprint stand until they are recorded again (a new source, one never
 * read before, or `--update`), so a changed page is reported on every check until an editor accepts it.
 */

/** What the checker says about a source. */
export type Verdict = 'new' | 'live' | 'changed' | 'dead' | 'unverified';

/** A verdict with its reason, and the lock file entry that results. */
export interface Judgement {
  verdict: Verdict;
  /** Why, in words: `404 Not Found`, `its main text changed since it was recorded on 2026-05-20`. */
  detail: string;
  entry: LockEntry;
}

/** The context of one judgement: the previous entry, today's date, and whether to record changes. */
export interface JudgeContext {
  previous: LockEntry | undefined;
  /** `YYYY-MM-DD`, the day recorded with a new fingerprint. */
  today: string;
  /** Record the current address and fingerprint of a changed source (`--update`). */
  update: boolean;
}

/** Statuses that say the site refused the checker, not that the page is gone: "could not verify". */
const REFUSED = new Set([401, 403, 429]);

const BLANK: LockEntry = { state: 'dead', status: null, finalUrl: null, fingerprint: null, recorded: null };

/** Judges one visit; see the file comment. */
export function judgeSource(check: UrlCheck, context: JudgeContext): Judgement {
  const { previous } = context;
  const base = { ...BLANK, ...previous, error: undefined };
  if (check.kind === 'failed') {
    return {
      verdict: 'dead',
      detail: check.error,
      entry: { ...base, state: 'dead', status: null, error: check.error },
    };
  }
  const answer = `${check.status}${check.statusText ? ` ${check.statusText}` : ''}`;
  if (REFUSED.has(check.status)) {
    // Nothing is learnt: keep what was recorded, or note the refusal for a source seen for the first time.
    const entry = previous ?? { ...BLANK, state: 'unverified', status: check.status };
    return {
      verdict: 'unverified',
      detail: `${answer}: the site refused the checker; open it in a browser`,
      entry,
    };
  }
  if (check.fingerprint === null) {
    return { verdict: 'dead', detail: answer, entry: { ...base, state: 'dead', status: check.status } };
  }
  return judgeLive(check, context, answer);
}

function judgeLive(
  check: Extract<UrlCheck, { kind: 'answered' }>,
  context: JudgeContext,
  answer: string,
): Judgement {
  const { previous, today, update } = context;
  const current: LockEntry = {
    state: 'live',
    status: check.status,
    finalUrl: check.finalUrl,
    fingerprint: check.fingerprint,
    recorded: today,
  };
  if (!previous || previous.fingerprint === null) return { verdict: 'new', detail: answer, entry: current };
  const changes = describeChanges(check, previous);
  if (changes.length === 0) {
    const back = previous.state === 'dead' ? ': back online' : '';
    return {
      verdict: 'live',
      detail: `${answer}${back}`,
      entry: { ...previous, state: 'live', status: check.status },
    };
  }
  const detail = `${changes.join(', and ')} since it was recorded on ${previous.recorded ?? 'an unknown day'}`;
  return update
    ? { verdict: 'changed', detail: `${detail}; recorded again`, entry: current }
    : { verdict: 'changed', detail, entry: { ...previous, state: 'live', status: check.status } };
}

function describeChanges(
  check: { finalUrl: string; fingerprint: string | null },
  previous: LockEntry,
): string[] {
  const changes: string[] = [];
  if (check.fingerprint !== previous.fingerprint) changes.push('its main text changed');
  if (previous.finalUrl !== null && check.finalUrl !== previous.finalUrl) {
    changes.push(`it now leads to ${check.finalUrl}`);
  }
  return changes;
}
