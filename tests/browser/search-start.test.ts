import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useSite } from '../support/browser.ts';
import { announcedCount } from '../support/fixture-search.ts';
import { readEntries } from '../support/entries.ts';
import { collapse, markup } from '../support/markup.ts';

const site = useSite();

describe('the search page before and around a search', { timeout: 60_000 }, () => {
  test('has one search box: its own, with the header showing none', async () => {
    await site.withPage(async (page) => {
      await page.goto('/search/');
      assert.equal(await page.locator('input[type="search"]').count(), 1);
      assert.equal(await page.locator(markup.searchInput).count(), 1);
      assert.equal(await page.locator('header form[role="search"]').count(), 0);
      assert.equal(await page.locator(markup.searchInput).getAttribute('aria-keyshortcuts'), '/');
      // Every other page keeps the header's box.
      await page.goto('/archive/');
      assert.equal(await page.locator(markup.headerSearchInput).count(), 1);
    });
  });

  test('with no search, lists the newest stories and the ways to browse; a search puts its results in their place', async () => {
    const headlines = (await readEntries()).map((entry) => collapse(entry.data.headline));
    await site.withPage(async (page) => {
      await page.goto('/search/');
      const start = page.locator('main section#search-start');
      assert.equal(collapse(await start.locator('h2').innerText()), 'Newest stories');
      const listed = (await start.locator('ol.story-list h3 a').allInnerTexts()).map(collapse);
      assert.equal(listed.length, Math.min(10, headlines.length));
      assert.deepEqual([...listed].sort(), [...headlines].sort(), 'the bundled archive has fewer than ten: all listed');
      const ways = await start.locator('p.search-browse a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(ways, ['/', '/archive/', '/topics/', '/people/']);
      assert.ok(await start.isVisible());

      await page.locator(markup.searchInput).fill('placenta');
      assert.equal(await announcedCount(page), 4);
      assert.equal(await start.isVisible(), false, 'the newest stories give way to the results');

      await page.locator(markup.searchInput).press('Escape');
      await start.waitFor({ state: 'visible' });
      assert.equal(await page.locator(markup.searchResults).count(), 0);
    });
  });

  test('a search in the address shows its results, never the newest stories', async () => {
    await site.withPage(async (page) => {
      await page.goto('/search/?q=placenta');
      assert.equal(await announcedCount(page), 4);
      assert.equal(await page.locator('#search-start').isVisible(), false);
    });
  });
});
