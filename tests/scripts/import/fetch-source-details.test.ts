import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fetchSourceDetails,
  type FetchDetailsSettings,
} from '../../../scripts/import/fetch-source-details.ts';
import { importPastedText } from '../../../scripts/import/import-pasted-text.ts';
import { readPageDetails } from '../../../scripts/import/read-page-details.ts';

const OPEN_GRAPH = `<!doctype html><html><head><title>Ignored | Site</title>
<meta property="og:title" content="Ports reopen after strike">
<meta property="og:site_name" content="Harbour News">
<meta property="article:published_time" content="2026-05-18T21:30:00-05:00">
<meta name="author" content="Ann Lee"></head><body><p>Story.</p></body></html>`;

const JSON_LD = `<!doctype html><html><head><title>Talks &amp; ports</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
{"@type":"NewsArticle","headline":"Talks resume in Geneva","datePublished":"2026-05-17",
"author":[{"@type":"Person","name":"Bo Chen"},{"@type":"Person","name":"Ida Berg"}],
"publisher":{"@type":"Organization","name":"Wire Service"}}]}</script></head><body></body></html>`;

const TITLE_ONLY = '<html><head><title>Only a title</title></head><body></body></html>';

const PAGES: Record<string, string> = { '/og': OPEN_GRAPH, '/ld': JSON_LD, '/title': TITLE_ONLY };

let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const page = PAGES[request.url ?? ''];
    if (request.url === '/hang') return; // never answers: only the time limit ends the wait
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? 'Not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

// Generous limits: a loaded test machine must not turn a served page into a timeout.
const settings = (timeoutMs = 10_000): FetchDetailsSettings => ({
  fetch: globalThis.fetch,
  userAgent: 'FootnotedImport/test',
  timeoutMs,
  totalMs: 30_000,
  maxBytes: 100_000,
  concurrency: 2,
});

const sourcesOf = (paths: string[]) =>
  importPastedText(
    `A [1].\n\nSources:\n${paths.map((path, i) => `[${i + 1}] ${origin}${path}`).join('\n')}`,
    {
      title: 'T',
    },
  ).sources;

describe('readPageDetails', () => {
  it('reads Open Graph, JSON-LD and the title, dates as the day written', () => {
    expect(readPageDetails(OPEN_GRAPH)).toEqual({
      title: 'Ports reopen after strike',
      publisher: 'Harbour News',
      author: 'Ann Lee',
      date: '2026-05-18',
    });
    expect(readPageDetails(JSON_LD)).toEqual({
      title: 'Talks resume in Geneva',
      publisher: 'Wire Service',
      author: 'Bo Chen, Ida Berg',
      date: '2026-05-17',
    });
    expect(readPageDetails(TITLE_ONLY)).toEqual({ title: 'Only a title' });
  });
});

describe('fetchSourceDetails', () => {
  it('replaces guesses and fills missing fields from each page, and says which pages it could not read', async () => {
    const { sources, notes } = await fetchSourceDetails(
      sourcesOf(['/og', '/ld', '/title', '/missing']),
      settings(),
    );
    expect(sources.map((source) => source.fields)).toEqual([
      {
        title: 'Ports reopen after strike',
        publisher: 'Harbour News',
        url: `${origin}/og`,
        author: 'Ann Lee',
        date: '2026-05-18',
      },
      {
        title: 'Talks resume in Geneva',
        publisher: 'Wire Service',
        url: `${origin}/ld`,
        author: 'Bo Chen, Ida Berg',
        date: '2026-05-17',
      },
      { title: 'Only a title', publisher: '127.0.0.1', url: `${origin}/title` },
      { title: 'Missing', publisher: '127.0.0.1', url: `${origin}/missing` },
    ]);
    expect(sources.map((source) => source.guessed)).toEqual([[], [], ['publisher'], ['title', 'publisher']]);
    expect(notes).toEqual(['source 4: could not read its page (HTTP 404); kept as it was']);
  });

  it('stops waiting for a page at its time limit', async () => {
    const { sources, notes } = await fetchSourceDetails(sourcesOf(['/hang', '/og']), settings(1_000));
    expect(sources[0]?.fields.title).toBe('Hang');
    expect(notes).toEqual(['source 1: could not read its page (no answer within 1 s); kept as it was']);
  });

  it('without the network, says so and keeps the guesses', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const offline = importPastedText(`A [1].\n\n[1]: http://127.0.0.1:${port}/story-title`, {
      title: 'T',
    }).sources;
    const { sources, notes } = await fetchSourceDetails(offline, settings());
    expect(sources).toEqual(offline);
    expect(notes).toEqual([
      'could not read any source page (could not connect (ECONNREFUSED)): no network? The guesses were kept',
    ]);
  });
});
