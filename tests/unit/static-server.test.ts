import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

/** A raw GET that does not normalise the path (fetch would resolve `..` itself). */
function get(
  base: string,
  rawPath: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((done, fail) => {
    const req = request(`${base}/`, { path: rawPath }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('static test server', () => {
  let root: string;
  let site: StaticServer;

  before(async () => {
    const base = await mkdtemp(join(tmpdir(), 'static-server-'));
    root = join(base, 'dist');
    await mkdir(join(root, '2020/10/01/a-story'), { recursive: true });
    await mkdir(join(root, 'pagefind/index'), { recursive: true });
    await writeFile(join(base, 'secret.txt'), 'outside the root');
    await writeFile(join(root, 'index.html'), '<h1>Home</h1>');
    await writeFile(join(root, '404.html'), '<h1>Not found page</h1>');
    await writeFile(join(root, '2020/10/01/a-story/index.html'), '<h1>A story</h1>');
    await writeFile(join(root, 'pagefind/pagefind.js'), 'export {}');
    await writeFile(join(root, 'pagefind/index/en_1.pf_index'), 'x');
    await writeFile(join(root, 'pagefind/pagefind.en_1.pf_meta'), 'x');
    await writeFile(join(root, 'pagefind/wasm.en.pagefind'), 'x');
    site = await startStaticServer(root);
  });

  after(async () => {
    await site.close();
    await rm(join(root, '..'), { recursive: true, force: true });
  });

  test('serves a folder URL with a trailing slash from its index.html', async () => {
    const res = await get(site.url, '/2020/10/01/a-story/');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(res.body, '<h1>A story</h1>');
  });

  test('redirects a folder URL without its trailing slash, keeping the query', async () => {
    const res = await get(site.url, '/2020/10/01/a-story?q=x');
    assert.equal(res.status, 301);
    assert.equal(res.headers['location'], '/2020/10/01/a-story/?q=x');
  });

  test('answers an unknown path with 404.html and status 404', async () => {
    const res = await get(site.url, '/no/such/page/');
    assert.equal(res.status, 404);
    assert.equal(res.body, '<h1>Not found page</h1>');
  });

  test('serves JavaScript and Pagefind index files with the types a static host uses', async () => {
    const expected = {
      '/pagefind/pagefind.js': 'text/javascript; charset=utf-8',
      '/pagefind/index/en_1.pf_index': 'application/octet-stream',
      '/pagefind/pagefind.en_1.pf_meta': 'application/octet-stream',
      '/pagefind/wasm.en.pagefind': 'application/octet-stream',
    };
    for (const [path, type] of Object.entries(expected)) {
      const res = await get(site.url, path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers['content-type'], type, path);
    }
  });

  test('never serves a file outside its root, however the path is written', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/a/..%2f..%2fsecret.txt']) {
      const res = await get(site.url, path);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(res.body, /outside the root/, path);
    }
  });
});

describe('static test server with gzip', () => {
  test('sends text gzipped to a browser that accepts it, and Pagefind index files as they are', async () => {
    const root = await mkdtemp(join(tmpdir(), 'static-server-gzip-'));
    await mkdir(join(root, 'pagefind'));
    await writeFile(join(root, 'index.html'), '<h1>Home</h1>'.repeat(50));
    await writeFile(join(root, 'pagefind/en_1.pf_index'), 'already compressed');
    const site = await startStaticServer(root, { gzip: true });
    try {
      const html = await fetch(`${site.url}/`, { headers: { 'accept-encoding': 'gzip' } });
      assert.equal(html.headers.get('content-encoding'), 'gzip');
      assert.equal(await html.text(), '<h1>Home</h1>'.repeat(50), 'fetch decodes it back to the file');
      const index = await fetch(`${site.url}/pagefind/en_1.pf_index`, { headers: { 'accept-encoding': 'gzip' } });
      assert.equal(index.headers.get('content-encoding'), null);
      const plain = await fetch(`${site.url}/`, { headers: { 'accept-encoding': 'identity' } });
      assert.equal(plain.headers.get('content-encoding'), null);
    } finally {
      await site.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
