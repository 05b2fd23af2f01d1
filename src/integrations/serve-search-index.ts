import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * A dev-server middleware that serves the last build's search index
 * (`<outDir>/pagefind/`) at `<base>pagefind/`, so search works under
 * `npm run dev` without copying build output into public/. Requests for
 * anything else, or for a file the index does not have, pass through (the
 * dev server then answers 404, and the search page says to build first).
 */
export function serveSearchIndex(indexDir: string, basePath: string) {
  const prefix = `${basePath.replace(/\/+$/, '')}/pagefind/`;
  const root = resolve(indexDir);
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const path = new URL(req.url ?? '/', 'http://dev').pathname;
    if (!path.startsWith(prefix)) return next();
    const file = resolve(join(root, decodeURIComponent(path.slice(prefix.length))));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
    res.writeHead(200, {
      'content-type': MEDIA_TYPES[extname(file)] ?? 'application/octet-stream',
      // The index changes with every build: never cache it in development.
      'cache-control': 'no-store',
    });
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}
