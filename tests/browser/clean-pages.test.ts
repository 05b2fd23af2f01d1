import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useSite } from '../support/browser.ts';
import { markup } from '../support/markup.ts';

const MISSING_PATH = '/no-such-page/';

describe('every kind of page in Chromium', { timeout: 120_000 }, () => {
  const site = useSite();

  test('home, every story linked from home, /search/ and a missing page load without console errors, page errors or failed requests', async () => {
    await site.withPage(
      async (page, problems) => {
        const visited: string[] = [];
        const visit = async (path: string, expectedStatus = 200, waitUntil: 'load' | 'networkidle' = 'load') => {
          const response = await page.goto(path, { waitUntil });
          assert.equal(response?.status(), expectedStatus, `status of ${path}`);
          visited.push(path);
        };

        await visit('/');
        const storyPaths = await page
          .locator(markup.storyListLinks)
          .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
        assert.ok(storyPaths.length > 0, 'home lists no stories');
        for (const path of storyPaths) await visit(path);
        // Network idle: the search script and Pagefind load after the page itself.
        await visit('/search/', 200, 'networkidle');
        await visit(MISSING_PATH, 404);

        assert.equal(visited.length, storyPaths.length + 3);
        assert.deepEqual(problems, [], `problems on the ${visited.length} pages visited`);
      },
      { allowResponses: [{ path: MISSING_PATH, status: 404 }] },
    );
  });
});
