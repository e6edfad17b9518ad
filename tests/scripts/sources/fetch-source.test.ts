import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrl, type FetchSettings } from '../../../scripts/sources/fetch-source.ts';
import { fingerprintBody } from '../../../scripts/sources/fingerprint.ts';
import {
  createPage,
  getClosedPort,
  startSourceServer,
  type SourceServer,
} from '../../helpers/source-server.ts';

let server: SourceServer;
let waits: number[];

/** Settings with a short timeout and a recorded, instant back-off: no test waits for a retry. */
function createSettings(overrides: Partial<FetchSettings> = {}): FetchSettings {
  return {
    fetch: globalThis.fetch,
    userAgent: 'FootnotedSourceCheck/test (+https://footnoted.example)',
    timeoutMs: 300,
    retries: 2,
    backoffMs: 100,
    sleep: async (ms) => {
      waits.push(ms);
    },
    maxBytes: 1_000_000,
    ...overrides,
  };
}

const check = (path: string, overrides?: Partial<FetchSettings>) =>
  checkUrl(`${server.origin}${path}`, createSettings(overrides));

const LIVE_FINGERPRINT = fingerprintBody(
  new TextEncoder().encode(createPage('The harbour reopened on Tuesday.')),
  null,
);

beforeAll(async () => {
  server = await startSourceServer({ slowMs: 3000 });
});
afterAll(() => server.close());

describe('checkUrl against a local server', () => {
  it('reads a live page: status, final URL, fingerprint of its main text, once, with an honest User-Agent', async () => {
    waits = [];
    server.requests.length = 0;
    expect(await check('/live')).toEqual({
      kind: 'answered',
      status: 200,
      statusText: 'OK',
      finalUrl: `${server.origin}/live`,
      fingerprint: LIVE_FINGERPRINT,
    });
    expect(server.requests).toEqual([
      { path: '/live', userAgent: 'FootnotedSourceCheck/test (+https://footnoted.example)' },
    ]);
    expect(waits).toEqual([]);
  });

  it('follows redirects and reports where they led', async () => {
    expect(await check('/moved')).toMatchObject({
      status: 200,
      finalUrl: `${server.origin}/live`,
      fingerprint: LIVE_FINGERPRINT,
    });
  });

  it('does not retry 404, 410 or 403: the answer is final', async () => {
    waits = [];
    for (const [path, status] of [
      ['/missing', 404],
      ['/gone', 410],
      ['/forbidden', 403],
    ] as const) {
      expect(await check(path)).toMatchObject({ kind: 'answered', status, fingerprint: null });
    }
    expect(waits).toEqual([]);
  });

  it('retries a 5xx and a 429 with exponential back-off, then gives the last answer', async () => {
    waits = [];
    server.requests.length = 0;
    expect(await check('/broken')).toMatchObject({ status: 500, statusText: 'Internal Server Error' });
    expect(waits).toEqual([100, 200]);
    expect(server.requests.map((request) => request.path)).toEqual(['/broken', '/broken', '/broken']);
    waits = [];
    expect(await check('/busy', { retries: 1 })).toMatchObject({ status: 429 });
    expect(waits).toEqual([100]);
  });

  it('gets past a passing failure by retrying', async () => {
    waits = [];
    expect(await check('/flaky')).toMatchObject({ status: 200 });
    expect(waits).toEqual([100]);
  });

  it('gives up on a page that does not answer in time, after its retries', async () => {
    waits = [];
    expect(await check('/slow', { retries: 1 })).toEqual({ kind: 'failed', error: 'no answer within 0.3 s' });
    expect(waits).toEqual([100]);
  });

  it('reports a refused connection as a failure', async () => {
    const port = await getClosedPort();
    const result = await checkUrl(`http://127.0.0.1:${port}/x`, createSettings({ retries: 0 }));
    expect(result).toEqual({ kind: 'failed', error: 'could not connect (ECONNREFUSED)' });
  });

  it('reads at most maxBytes of a body', async () => {
    const result = await check('/plain', { maxBytes: 9 });
    // "  A plain" is the first nine bytes: the fingerprint is that of "A plain".
    expect(result).toMatchObject({
      fingerprint: fingerprintBody(new TextEncoder().encode('A plain'), 'text/plain'),
    });
  });
});
