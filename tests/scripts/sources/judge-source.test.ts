import { describe, expect, it } from 'vitest';
import type { UrlCheck } from '../../../scripts/sources/fetch-source.ts';
import { judgeSource } from '../../../scripts/sources/judge-source.ts';
import type { LockEntry } from '../../../src/lib/sources-lock.ts';

const URL_A = 'https://a.example/story';
const RECORDED: LockEntry = {
  state: 'live',
  status: 200,
  finalUrl: URL_A,
  fingerprint: 'sha256:old',
  recorded: '2026-05-20',
};
const live = (fingerprint: string, finalUrl = URL_A): UrlCheck => ({
  kind: 'answered',
  status: 200,
  statusText: 'OK',
  finalUrl,
  fingerprint,
});
const answered = (status: number, statusText: string): UrlCheck => ({
  kind: 'answered',
  status,
  statusText,
  finalUrl: URL_A,
  fingerprint: null,
});
const judge = (check: UrlCheck, previous?: LockEntry, update = false) =>
  judgeSource(check, { previous, today: '2026-06-01', update });

describe('judgeSource', () => {
  it('records a source seen for the first time', () => {
    expect(judge(live('sha256:new'))).toEqual({
      verdict: 'new',
      detail: '200 OK',
      entry: {
        state: 'live',
        status: 200,
        finalUrl: URL_A,
        fingerprint: 'sha256:new',
        recorded: '2026-06-01',
      },
    });
  });

  it('keeps the entry of a source that has not changed', () => {
    expect(judge(live('sha256:old'), RECORDED)).toEqual({
      verdict: 'live',
      detail: '200 OK',
      entry: RECORDED,
    });
  });

  it('reports a changed main text, and keeps the recorded one until --update', () => {
    const detail = 'its main text changed since it was recorded on 2026-05-20';
    expect(judge(live('sha256:new'), RECORDED)).toEqual({ verdict: 'changed', detail, entry: RECORDED });
    expect(judge(live('sha256:new'), RECORDED, true)).toEqual({
      verdict: 'changed',
      detail: `${detail}; recorded again`,
      entry: { ...RECORDED, fingerprint: 'sha256:new', recorded: '2026-06-01' },
    });
  });

  it('reports a source that now leads elsewhere', () => {
    const moved = judge(live('sha256:old', 'https://a.example/home'), RECORDED);
    expect(moved.verdict).toBe('changed');
    expect(moved.detail).toBe('it now leads to https://a.example/home since it was recorded on 2026-05-20');
  });

  it('judges 404, 410, other errors and no answer dead, keeping what was recorded', () => {
    expect(judge(answered(404, 'Not Found'), RECORDED)).toEqual({
      verdict: 'dead',
      detail: '404 Not Found',
      entry: { ...RECORDED, state: 'dead', status: 404, error: undefined },
    });
    expect(judge(answered(410, 'Gone')).entry).toEqual({
      state: 'dead',
      status: 410,
      error: undefined,
      finalUrl: null,
      fingerprint: null,
      recorded: null,
    });
    expect(judge(answered(500, 'Internal Server Error')).verdict).toBe('dead');
    expect(judge({ kind: 'failed', error: 'no answer within 15 s' }, RECORDED)).toEqual({
      verdict: 'dead',
      detail: 'no answer within 15 s',
      entry: { ...RECORDED, state: 'dead', status: null, error: 'no answer within 15 s' },
    });
  });

  it('cannot verify a source behind 401, 403 or 429, and changes nothing recorded', () => {
    for (const [status, text] of [
      [401, 'Unauthorized'],
      [403, 'Forbidden'],
      [429, 'Too Many Requests'],
    ] as const) {
      const judgement = judge(answered(status, text), RECORDED);
      expect(judgement.verdict).toBe('unverified');
      expect(judgement.detail).toBe(`${status} ${text}: the site refused the checker; open it in a browser`);
      expect(judgement.entry).toBe(RECORDED);
    }
    expect(judge(answered(403, 'Forbidden')).entry).toEqual({
      state: 'unverified',
      status: 403,
      finalUrl: null,
      fingerprint: null,
      recorded: null,
    });
  });

  it('says a dead source is back online', () => {
    const judgement = judge(live('sha256:old'), { ...RECORDED, state: 'dead', status: 404 });
    expect(judgement).toEqual({ verdict: 'live', detail: '200 OK: back online', entry: RECORDED });
  });
});
