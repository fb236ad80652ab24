import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * A minimal static host for a copy of dist/ on 127.0.0.1 (a free port), as a CDN would serve it: files,
 * `index.html` for a folder, 404.html otherwise, gzipped when asked. The offline tests change that copy to publish a "new
 * version" without touching the dist/ the other tests use. With `tls` (a key and certificate in PEM) it
 * speaks HTTP/2 over https, as static hosts and CDNs do; otherwise HTTP/1.1.
 */
export async function serveStatic(
  root: string,
  { gzip = false, tls }: { gzip?: boolean; tls?: { key: string; cert: string } } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const serve = (request: IncomingMessage, response: ServerResponse) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file.startsWith(root) && existsSync(file) && statSync(file).isFile();
    const body = readFileSync(found ? file : join(root, '404.html'));
    // With `gzip`, as a CDN sends text to a browser that asks for it (the bench's slow-network runs).
    const zipped = gzip && /gzip/.test(String(request.headers['accept-encoding'])) && !/\.png$/.test(file);
    response.writeHead(found ? 200 : 404, {
      'content-type': types[extname(found ? file : '.html')] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...(zipped ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(zipped ? gzipSync(body) : body);
  };
  // HTTP/2's compatibility API hands the handler a request and response with the same members it uses.
  type Http2Handler = (request: Http2ServerRequest, response: Http2ServerResponse) => void;
  const server = tls ? createSecureServer(tls, serve as unknown as Http2Handler) : createServer(serve);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
