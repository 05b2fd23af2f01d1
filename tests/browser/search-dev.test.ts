/**
 * Search under `npm run dev`: Astro's dev server answers from the sources,
 * and the search page uses the last build's index (npm test builds first).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { launchChromium, recordProblems } from '../support/browser.ts';
import { REPO_DIR } from '../support/entries.ts';
import { markup } from '../support/markup.ts';
import { DIST_DIR } from '../support/static-server.ts';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

let devServer: ChildProcess | undefined;
after(() => {
  if (devServer?.pid) process.kill(-devServer.pid, 'SIGTERM');
});

/** Starts `astro dev` and resolves with its URL once it answers. */
async function startDevServer(): Promise<string> {
  const port = await freePort();
  let output = '';
  devServer = spawn(
    process.execPath,
    [join(REPO_DIR, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)],
    {
      cwd: REPO_DIR,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  devServer.stdout?.on('data', (chunk) => (output += chunk));
  devServer.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://localhost:${port}/`;
  for (const started = Date.now(); Date.now() - started < 90_000;) {
    if (devServer.exitCode !== null) assert.fail(`astro dev exited:\n${output}`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return url;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return assert.fail(`astro dev did not answer within 90 s:\n${output}`);
}

test('under the dev server, a search finds stories from the last build’s index', { timeout: 180_000 }, async () => {
  assert.ok(
    existsSync(join(DIST_DIR, 'pagefind', 'pagefind-highlight.js')),
    'no build to search: run `npm run build` first',
  );
  const url = await startDevServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const problems = recordProblems(page);
    await page.goto(new URL('search/?q=Legend', url).href);
    await page.locator(markup.searchResults).first().waitFor({ timeout: 60_000 });
    assert.match(await page.locator(markup.searchStatus).innerText(), /\d+ stor(y|ies)/);
    // The dev toolbar and module reloading log nothing alarming, and no request fails.
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});
