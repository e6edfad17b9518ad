import { describe, expect, it } from 'vitest';
import { checkSources, mapWithLimit, type CheckInput } from '../../../scripts/sources/check-sources.ts';
import type { UrlCheck } from '../../../scripts/sources/fetch-source.ts';
import type { SourcesLock } from '../../../src/lib/sources-lock.ts';

const ok = (url: string): UrlCheck => ({
  kind: 'answered',
  status: 200,
  statusText: 'OK',
  finalUrl: url,
  fingerprint: `sha256:${url}`,
});
const failed: UrlCheck = { kind: 'failed', error: 'could not connect (ENOTFOUND)' };

function input(overrides: Partial<CheckInput>): CheckInput {
  return {
    urls: [],
    previous: { sources: {} },
    today: '2026-06-01',
    update: false,
    check: async (url) => ok(url),
    concurrency: 2,
    ...overrides,
  };
}

describe('checkSources', () => {
  it('checks each URL once, sorted, and records only the URLs briefs still cite', async () => {
    const previous: SourcesLock = {
      sources: {
        'https://old.example/': {
          state: 'live',
          status: 200,
          finalUrl: null,
          fingerprint: 'sha256:x',
          recorded: '2026-01-01',
        },
      },
    };
    const seen: string[] = [];
    const result = await checkSources(
      input({
        urls: ['https://b.example/', 'https://a.example/', 'https://b.example/'],
        previous,
        check: async (url) => {
          seen.push(url);
          return ok(url);
        },
      }),
    );
    expect(seen.sort()).toEqual(['https://a.example/', 'https://b.example/']);
    expect(result.offline).toBe(false);
    expect(result.outcomes).toEqual([
      { url: 'https://a.example/', verdict: 'new', detail: '200 OK' },
      { url: 'https://b.example/', verdict: 'new', detail: '200 OK' },
    ]);
    expect(Object.keys(result.lock.sources)).toEqual(['https://a.example/', 'https://b.example/']);
  });

  it('is offline, judging nothing and changing nothing, when no URL answers at all', async () => {
    const previous: SourcesLock = { sources: {} };
    const result = await checkSources(
      input({ urls: ['https://a.example/', 'https://b.example/'], previous, check: async () => failed }),
    );
    expect(result).toEqual({ offline: true, outcomes: [], lock: previous });
  });

  it('judges a URL without an answer dead when others answered', async () => {
    const result = await checkSources(
      input({
        urls: ['https://a.example/', 'https://gone.example/'],
        check: async (url) => (url.includes('gone') ? failed : ok(url)),
      }),
    );
    expect(result.outcomes[1]).toEqual({
      url: 'https://gone.example/',
      verdict: 'dead',
      detail: 'could not connect (ENOTFOUND)',
    });
  });
});

describe('mapWithLimit', () => {
  it('never runs more than `limit` tasks at once, and keeps the order of results', async () => {
    const started: number[] = [];
    const finish: Array<() => void> = [];
    const running = mapWithLimit([1, 2, 3, 4, 5], 2, (item) => {
      started.push(item);
      return new Promise<number>((resolve) => finish.push(() => resolve(item * 10)));
    });
    await Promise.resolve();
    expect(started).toEqual([1, 2]);
    finish[1]?.();
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([1, 2, 3]);
    for (let i = 0; i < 5; i += 1) {
      finish[i]?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await running).toEqual([10, 20, 30, 40, 50]);
  });
});
