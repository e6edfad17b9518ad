import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** A running server: its origin (`http://127.0.0.1:PORT`) and how to stop it. */
export interface SiteServer {
  origin: string;
  close: () => Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * The headers `_headers` gives every path (its `/*` block), as Netlify and Cloudflare Pages read it: the
 * server below sends them, so a browser enforces the header policy and each page's own policy together.
 */
export function readHeadersFile(siteDir: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAllPaths = false;
  for (const line of readFileSync(join(siteDir, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) inAllPaths = line.trim() === '/*';
    else if (inAllPaths) {
      const [name = '', ...value] = line.trim().split(':');
      headers[name.trim()] = value.join(':').trim();
    }
  }
  return headers;
}

/**
 * Serves a built site on 127.0.0.1 under `basePath`, as a static host would (`x/` serves `x/index.html`),
 * with the headers of its `_headers` file. Nothing leaves the machine.
 */
export async function serveSite(siteDir: string, basePath: string): Promise<SiteServer> {
  const headers = readHeadersFile(siteDir);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = pathname.startsWith(basePath)
      ? findFile(siteDir, pathname.slice(basePath.length))
      : undefined;
    if (!file) return void response.writeHead(404, headers).end('Not found');
    response.writeHead(200, {
      ...headers,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
}

function findFile(root: string, path: string): string | undefined {
  const relative = normalize(path).replace(/^([/\\])+/, '');
  if (relative.split(sep).includes('..')) return undefined;
  const candidate = join(root, relative);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}
