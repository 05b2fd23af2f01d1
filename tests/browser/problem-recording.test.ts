import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, recordProblems } from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

const PAGES = {
  'clean.html': '<!doctype html><title>ok</title><p>Fine</p>',
  'console-error.html': '<!doctype html><title>x</title><script>console.error("boom in console")</script>',
  'page-error.html': '<!doctype html><title>x</title><script>throw new Error("boom uncaught")</script>',
  'missing-image.html': '<!doctype html><title>x</title><img src="/nowhere.png" alt="">',
  'refused.html': '<!doctype html><title>x</title><img src="http://127.0.0.1:9/closed.png" alt="">',
};

describe('problem recording in Chromium', { timeout: 60_000 }, () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'browser-problems-'));
    await Promise.all(Object.entries(PAGES).map(([name, html]) => writeFile(join(dir, name), html)));
    server = await startStaticServer(dir);
    browser = await launchChromium();
  });
  after(async () => {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function problemsOn(name: string, allow404 = false): Promise<string[]> {
    const page = await browser.newPage();
    try {
      const problems = recordProblems(page, {
        allowResponses: allow404 ? [{ path: '/nowhere.png', status: 404 }] : [],
      });
      await page.goto(`${server.url}/${name}`, { waitUntil: 'networkidle' });
      return problems;
    } finally {
      await page.close();
    }
  }

  test('records nothing on a clean page', async () => {
    assert.deepEqual(await problemsOn('clean.html'), []);
  });

  test('records a console error, an uncaught error, an error response and a refused request', async () => {
    assert.match((await problemsOn('console-error.html')).join('\n'), /console error .*boom in console/);
    assert.match((await problemsOn('page-error.html')).join('\n'), /uncaught error .*boom uncaught/);
    assert.match((await problemsOn('missing-image.html')).join('\n'), /HTTP 404 for GET .*\/nowhere\.png/);
    assert.match(
      (await problemsOn('refused.html')).join('\n'),
      /request failed: GET http:\/\/127\.0\.0\.1:9\/closed\.png/,
    );
  });

  test('lets through only the error responses a test expects', async () => {
    assert.deepEqual(await problemsOn('missing-image.html', true), []);
  });
});
