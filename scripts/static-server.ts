import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

/** A running static server: its origin (`http://127.0.0.1:PORT`) and how to stop it. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** How to serve: under a base path (default `/`), and with headers sent with every answer. */
export interface StaticServerOptions {
  basePath?: string;
  headers?: Readonly<Record<string, string>>;
}

/**
 * Serves a built site from `root` on 127.0.0.1 and a free port, as a static host would: `/x/` serves
 * `x/index.html`, a missing file gets the site's 404.html with status 404. Nothing leaves the machine.
 */
export async function startStaticServer(
  root: string,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const { basePath = '/', headers = {} } = options;
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = pathname.startsWith(basePath)
      ? resolveFile(root, pathname.slice(basePath.length))
      : undefined;
    const path = file ?? join(root, '404.html');
    const contentType = TYPES[extname(path)] ?? 'application/octet-stream';
    response.writeHead(file ? 200 : 404, { ...headers, 'content-type': contentType });
    if (!existsSync(path)) return void response.end('Not found');
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
}

/** The file a path names inside `root`, or undefined; never a file outside `root`. */
function resolveFile(root: string, pathname: string): string | undefined {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  if (relative.split(sep).includes('..')) return undefined;
  const candidate = join(root, relative);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

/**
 * The headers `_headers` gives every path (its `/*` block), as Netlify and Cloudflare Pages read it, so a
 * browser under test enforces the header policy and each page's own policy together.
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

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}
