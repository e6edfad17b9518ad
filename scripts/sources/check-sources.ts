import type { UrlCheck } from './fetch-source.ts';
import { judgeSource, type Verdict } from './judge-source.ts';
import type { SourcesLock } from '../../src/lib/sources-lock.ts';

/** What the checker found about one URL. */
export interface SourceOutcome {
  url: string;
  verdict: Verdict;
  detail: string;
}

/** The result of a check: an outcome per URL and the lock to write, or `offline` and nothing to change. */
export interface SourcesCheck {
  /** No URL gave any answer: the network is most likely unreachable, so nothing is judged or recorded. */
  offline: boolean;
  outcomes: SourceOutcome[];
  lock: SourcesLock;
}

/** What a check needs: the URLs, the lock file as it is, today's date, and how to visit a URL. */
export interface CheckInput {
  /** Every source URL of every brief, each once. */
  urls: readonly string[];
  previous: SourcesLock;
  /** `YYYY-MM-DD`; injected, so that tests never read the clock. */
  today: string;
  /** Record the current state of changed sources (`--update`). */
  update: boolean;
  /** Visits one URL (see fetch-source.ts); run with a concurrency limit. */
  check: (url: string) => Promise<UrlCheck>;
  concurrency: number;
}

/**
 * Visits every URL and judges each against the lock file. URLs no brief cites any more leave the lock.
 * When not one URL answers at all (every visit a timeout or a network error), the machine is most likely
 * offline: that is reported as such, and nothing is judged dead or changed.
 */
export async function checkSources(input: CheckInput): Promise<SourcesCheck> {
  const urls = [...new Set(input.urls)].sort();
  const checks = await mapWithLimit(urls, input.concurrency, input.check);
  if (urls.length > 0 && checks.every((check) => check.kind === 'failed')) {
    return { offline: true, outcomes: [], lock: input.previous };
  }
  const lock: SourcesLock = { sources: {} };
  const outcomes = urls.map((url, index): SourceOutcome => {
    const { today, update } = input;
    const check = checks[index] ?? { kind: 'failed', error: 'not checked' };
    const judgement = judgeSource(check, { previous: input.previous.sources[url], today, update });
    lock.sources[url] = judgement.entry;
    return { url, verdict: judgement.verdict, detail: judgement.detail };
  });
  return { offline: false, outcomes, lock };
}

/** Runs `task` over `items` with at most `limit` at a time; results keep the items' order. */
export async function mapWithLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < items.length; index = next++) {
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
