import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server on 127.0.0.1 that plays every kind of source the checker meets: live, missing, gone,
 * redirected, slow, forbidden, rate-limited, failing, failing once, changing, and changing only in its
 * boilerplate. Tests point fixture briefs at it; nothing leaves the machine.
 */
export interface SourceServer {
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  /** What `/changing` and `/boilerplate` show: bump it to change them. */
  state: { version: number };
  /** Every request: path and User-Agent, in order of arrival. */
  requests: Array<{ path: string; userAgent: string }>;
  close(): Promise<void>;
}

/** A news page: site furniture around a main text. */
export function createPage(mainText: string, furniture = 'Home · World · Sport'): string {
  return [
    '<!doctype html><html><head><title>A story</title><style>body{}</style></head><body>',
    `<header><nav>${furniture}</nav></header>`,
    `<script>track("${furniture}")</script>`,
    `<main><article><h1>Harbour story</h1>\n<p>${mainText}</p>`,
    `<aside>Most read: ${furniture}</aside><p hidden>${furniture}</p></article></main>`,
    `<footer>© ${furniture}</footer></body></html>`,
  ].join('');
}

type Route = (response: ServerResponse, server: SourceServer) => void;

const html = (response: ServerResponse, status: number, body: string) => {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  response.end(body);
};

const ROUTES: Record<string, Route> = {
  '/live': (response) => html(response, 200, createPage('The harbour reopened on Tuesday.')),
  '/other-live': (response) => html(response, 200, createPage('Ships left the harbour.')),
  '/plain': (response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end('  A plain\n\ntext   source. ');
  },
  '/missing': (response) => html(response, 404, 'Not here'),
  '/gone': (response) => html(response, 410, 'Gone for good'),
  '/moved': (response) => {
    response.writeHead(301, { location: '/live' });
    response.end();
  },
  '/forbidden': (response) => html(response, 403, 'No robots'),
  '/busy': (response) => html(response, 429, 'Slow down'),
  '/broken': (response) => html(response, 500, 'Oops'),
  '/changing': (response, server) =>
    html(response, 200, createPage(`The harbour reopened, version ${server.state.version}.`)),
  '/boilerplate': (response, server) =>
    html(response, 200, createPage('Unchanged story text.', `Menu ${server.state.version}`)),
};

/** Starts the server on a free port of 127.0.0.1. `/slow` answers after `slowMs`; `/flaky` fails once. */
export async function startSourceServer(options: { slowMs?: number } = {}): Promise<SourceServer> {
  const requests: SourceServer['requests'] = [];
  const state = { version: 1 };
  let flakyCalls = 0;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '/';
    requests.push({ path, userAgent: request.headers['user-agent'] ?? '' });
    if (path === '/slow') {
      setTimeout(() => html(response, 200, createPage('Late story.')), options.slowMs ?? 5000).unref();
    } else if (path === '/flaky') {
      flakyCalls += 1;
      html(response, flakyCalls === 1 ? 503 : 200, createPage('Back after a hiccup.'));
    } else {
      (ROUTES[path] ?? ((r: ServerResponse) => html(r, 404, 'Unknown')))(response, handle);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const handle: SourceServer = {
    origin: `http://127.0.0.1:${port}`,
    state,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return handle;
}

/** A free port with nothing listening on it: every visit there is refused, as on a machine offline. */
export async function getClosedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
