import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentType, type StaticServer } from '../../tests/support/static-server.ts';

/**
 * Serves a built site the way the project's nginx block (deploy/nginx.conf)
 * does for the figures the benchmark reads: `/a/b/` serves
 * `/a/b/index.html`, and text (HTML, CSS, JavaScript, JSON, XML, SVG) is
 * sent gzipped (zlib level 6) to a browser that accepts it, so Chromium's
 * transferred byte counts are what a real host would send. Pagefind's index
 * files and its WebAssembly are sent as they are: Pagefind gzips them itself.
 * The test server (tests/support/static-server.ts) does not compress.
 */
export async function startGzipStaticServer(root: string): Promise<StaticServer> {
  const absoluteRoot = resolve(root);
  const server = createServer((req, res) => {
    serve(absoluteRoot, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Server error: ${String(error)}\n`);
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

const COMPRESSIBLE = /^(?:text\/|application\/(?:javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

async function serve(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  let file = resolve(root, `.${pathname}`);
  if (file !== root && !file.startsWith(root + sep)) file = join(root, '404.html');
  if (pathname.endsWith('/')) file = join(file, 'index.html');
  const found = await stat(file).catch(() => undefined);
  const status = found?.isFile() ? 200 : 404;
  if (status === 404) file = join(root, '404.html');
  const type = contentType(file);
  let body = await readFile(file).catch(() => Buffer.from('Not found\n'));
  const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store' };
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
    headers['vary'] = 'accept-encoding';
  }
  res.writeHead(status, { ...headers, 'content-length': String(body.length) }).end(body);
}
