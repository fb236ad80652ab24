import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The files of a package in dist-lms/ (built by npm run build:scorm), by path. */
export function readPackage(name: string): Map<string, Uint8Array> {
  let zip: Uint8Array;
  try {
    zip = readFileSync(`${root}dist-lms/${name}`);
  } catch {
    throw new Error(`dist-lms/${name} is missing: run npm run build:scorm first.`);
  }
  return new Map(Object.entries(unzipSync(zip)));
}

const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  svg: 'image/svg+xml',
  xml: 'application/xml',
};

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => boolean;

/**
 * A server on 127.0.0.1 for one spec: the package under /pkg/, extra routes from `handle` (a host
 * page, an LRS). It stops when `close` is called, and by itself after two minutes at the latest.
 */
export async function servePackage(
  files: Map<string, Uint8Array>,
  handle: Handler,
): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (handle(req, res, body)) return;
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = path.startsWith('/pkg/') ? files.get(path.slice(5)) : undefined;
      if (!file) {
        res.writeHead(404).end('niet gevonden');
        return;
      }
      res.writeHead(200, {
        'content-type': types[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
      });
      res.end(file);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const stop = setTimeout(() => server.close(), 120_000);
  stop.unref();
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(stop);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** scorm-again's SCORM 1.2 runtime as a browser script (it defines `Scorm12API`). */
export const scormAgainScript = () => readFileSync(`${root}node_modules/scorm-again/dist/scorm12.min.js`);
