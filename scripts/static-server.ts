import { createReadStream, existsSync, statSync } from 'node:fs';
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

/**
 * Serves a built site from `root` on 127.0.0.1 and a free port, as a static host would: `/x/` serves
 * `x/index.html`, a missing file gets the site's 404.html with status 404. Nothing leaves the machine.
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const file = resolveFile(root, new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const status = file ? 200 : 404;
    const path = file ?? join(root, '404.html');
    response.writeHead(status, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
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

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}
