import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { serveSearchIndex } from '../../src/integrations/serve-search-index.ts';

describe('serving the last build’s search index to the dev server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  let server: Server;
  let origin: string;

  before(async () => {
    mkdirSync(join(dir, 'pagefind', 'index'), { recursive: true });
    writeFileSync(join(dir, 'pagefind', 'pagefind.js'), 'export {};');
    writeFileSync(join(dir, 'pagefind', 'index', 'en_1.pf_index'), 'binary');
    writeFileSync(join(dir, 'secret.txt'), 'not the index');
    const middleware = serveSearchIndex(join(dir, 'pagefind'), '/news/');
    server = createServer((req, res) => middleware(req, res, () => res.writeHead(404).end('passed on')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('serves the index files under the base path, uncached, with their media types', async () => {
    const script = await fetch(`${origin}/news/pagefind/pagefind.js`);
    assert.equal(script.status, 200);
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(script.headers.get('cache-control'), 'no-store');
    const index = await fetch(`${origin}/news/pagefind/index/en_1.pf_index`);
    assert.equal(await index.text(), 'binary');
    assert.equal(index.headers.get('content-type'), 'application/octet-stream');
  });

  test('passes on everything else: other paths, missing files, and any path out of the index', async () => {
    for (const path of [
      '/pagefind/pagefind.js',
      '/news/pagefind/missing.js',
      '/news/pagefind/index',
      '/news/pagefind/%2e%2e/secret.txt',
    ]) {
      const response = await fetch(`${origin}${path}`);
      assert.equal(await response.text(), 'passed on', path);
    }
  });
});
