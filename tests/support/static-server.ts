/**
 * Serves a built site the way a static host does, for tests: `/a/b/` serves
 * `/a/b/index.html`, `/a/b` redirects to `/a/b/` when that folder has an
 * index.html, anything else missing gets the site's 404.html with status 404.
 * Never serves a file outside the root. With `gzip`, text (HTML, CSS,
 * JavaScript, JSON, XML, SVG) goes gzipped (zlib level 6) to a browser that
 * accepts it, as a real host sends it, for the benchmark's byte counts;
 * Pagefind's index files and WebAssembly go as they are (Pagefind compresses
 * them itself).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

export const DIST_DIR = resolve(import.meta.dirname, '../../dist');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  // Pagefind's index files are binary.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Send text gzipped to browsers that accept it (default: as it is). */
  readonly gzip?: boolean;
}

const COMPRESSIBLE = /^(?:text\/|application\/(?:javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

function send(req: IncomingMessage, res: ServerResponse, status: number, file: string, options: ServeOptions): void {
  const type = contentType(file);
  const gzip =
    options.gzip === true && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  // A file removed after it was found (a test tearing its site down) ends the response, not the process.
  const body = createReadStream(file).on('error', () => res.destroy());
  if (gzip) body.pipe(createGzip({ level: 6 })).pipe(res);
  else body.pipe(res);
}

async function notFound(req: IncomingMessage, res: ServerResponse, root: string, options: ServeOptions): Promise<void> {
  const page = join(root, '404.html');
  if (await isFile(page)) return send(req, res, 404, page, options);
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse, options: ServeOptions): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end('Bad request\n');
    return;
  }
  const target = resolve(root, `.${pathname}`);
  if (pathname.includes('\0') || (target !== root && !target.startsWith(root + sep))) {
    return notFound(req, res, root, options);
  }
  if (pathname.endsWith('/')) {
    const index = join(target, 'index.html');
    return (await isFile(index)) ? send(req, res, 200, index, options) : notFound(req, res, root, options);
  }
  if (await isFile(target)) return send(req, res, 200, target, options);
  if (await isFile(join(target, 'index.html'))) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  return notFound(req, res, root, options);
}

/** Starts serving `root` (default: dist/) on 127.0.0.1 at a free port. */
export async function startStaticServer(root: string = DIST_DIR, options: ServeOptions = {}): Promise<StaticServer> {
  const absoluteRoot = resolve(root);
  const server = createServer((req, res) => {
    handle(absoluteRoot, req, res, options).catch((error: unknown) => {
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
