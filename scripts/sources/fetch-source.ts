import { fingerprintBody } from './fingerprint.ts';

/**
 * Visits one source URL the way a careful crawler does: one GET with an honest User-Agent, redirects
 * followed, a timeout on the whole exchange, the body read up to a size limit, and retries with exponential
 * back-off when the answer may be passing (a timeout, a network error, 408, 429 or a 5xx).
 */

/** How URLs are visited. `fetch` and `sleep` are injected, so tests use a local server and no real waiting. */
export interface FetchSettings {
  fetch: typeof globalThis.fetch;
  userAgent: string;
  /** Longest wait for one attempt, body included. */
  timeoutMs: number;
  /** Attempts after the first one. */
  retries: number;
  /** Wait before the first retry; each later one waits twice as long. */
  backoffMs: number;
  sleep: (ms: number) => Promise<void>;
  /** Most bytes of a body read for its fingerprint. */
  maxBytes: number;
}

/** What one URL gave: an HTTP answer (a fingerprint only for a 2xx), or none at all. */
export type UrlCheck =
  | { kind: 'answered'; status: number; statusText: string; finalUrl: string; fingerprint: string | null }
  | { kind: 'failed'; error: string };

/** Statuses worth asking again: the server may be busy or briefly failing. */
function isPassing(check: UrlCheck): boolean {
  if (check.kind === 'failed') return true;
  return check.status === 408 || check.status === 429 || check.status >= 500;
}

/** Checks a URL, retrying with back-off while the answer may be passing; returns the last answer. */
export async function checkUrl(url: string, settings: FetchSettings): Promise<UrlCheck> {
  let check = await attempt(url, settings);
  for (let retry = 0; retry < settings.retries && isPassing(check); retry += 1) {
    await settings.sleep(settings.backoffMs * 2 ** retry);
    check = await attempt(url, settings);
  }
  return check;
}

async function attempt(url: string, settings: FetchSettings): Promise<UrlCheck> {
  try {
    const response = await settings.fetch(url, {
      redirect: 'follow',
      headers: { 'user-agent': settings.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      signal: AbortSignal.timeout(settings.timeoutMs),
    });
    const { status, statusText } = response;
    const finalUrl = response.url || url;
    if (!response.ok) {
      await response.body?.cancel();
      return { kind: 'answered', status, statusText, finalUrl, fingerprint: null };
    }
    const body = await readCapped(response, settings.maxBytes);
    const fingerprint = fingerprintBody(body, response.headers.get('content-type'));
    return { kind: 'answered', status, statusText, finalUrl, fingerprint };
  } catch (error) {
    return { kind: 'failed', error: describeFailure(error, settings.timeoutMs) };
  }
}

/** The body's first `maxBytes` bytes: enough to tell a changed story, never a whole video. */
export async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(read.value);
    total += read.value.byteLength;
    if (total >= maxBytes) {
      await reader.cancel();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, maxBytes);
}

/** Why there was no answer, in words: `no answer within 15 s`, `could not connect (ECONNREFUSED)`. */
export function describeFailure(error: unknown, timeoutMs: number): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return `could not connect (${code ?? message})`;
}
