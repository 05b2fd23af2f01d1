import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { useSite } from '../support/browser.ts';
import { readEntries } from '../support/entries.ts';
import { announcedCount } from '../support/fixture-search.ts';
import { collapse, markup } from '../support/markup.ts';

const site = useSite();

/** The paths of the vocabulary files the page fetches from now on. */
function vocabularyRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (/^\/pagefind\/(.+\/)?vocabulary\//.test(pathname)) paths.push(pathname);
  });
  return paths;
}

/** The status once a search has settled. */
async function settledStatus(page: Page): Promise<string> {
  const status = page.locator(`${markup.searchStatus}:not([aria-busy="true"])`);
  await status.filter({ hasText: /\S/ }).waitFor();
  return collapse(await status.innerText());
}

describe('a search for a word no story has', { timeout: 60_000 }, () => {
  test('the bundled archive has "placenta" in several stories and "placenat" in none', async () => {
    const texts = (await readEntries()).map((entry) => `${entry.data.headline} ${entry.data.dek ?? ''} ${entry.body}`);
    assert.ok(texts.filter((text) => /placenta/i.test(text)).length > 1);
    assert.ok(!texts.some((text) => /placenat/i.test(text)));
  });

  test('says plainly that no story has "placenat", shows no stand-in results, and offers "placenta" as a link that searches it', async () => {
    await site.withPage(async (page) => {
      const fetched = vocabularyRequests(page);
      await page.goto('/search/?q=placenat');
      const status = await settledStatus(page);
      assert.equal(status, 'No story has the word “placenat”. Did you mean placenta?');
      assert.equal(await page.locator(markup.searchResults).count(), 0, 'no result shown');
      assert.ok(fetched.length > 0, 'the vocabulary was fetched');

      const suggestion = page.locator(`${markup.searchStatus} a`, { hasText: 'placenta' });
      assert.equal(await suggestion.getAttribute('href'), '/search/?q=placenta');
      await suggestion.click();
      await page.waitForURL('**/search/?q=placenta');
      assert.equal(await announcedCount(page), 4);
      assert.equal(await page.locator(markup.searchInput).inputValue(), 'placenta');
    });
  });

  test('typed after a word stories have, keeps that word in the search it offers', async () => {
    await site.withPage(async (page) => {
      await page.goto('/search/');
      await page.locator(markup.searchInput).fill('pregnancy placenat');
      assert.match(await settledStatus(page), /^No story has the word “placenat”\. Did you mean placenta\?$/);
      const suggestion = page.locator(`${markup.searchStatus} a`, { hasText: 'placenta' });
      assert.equal(await suggestion.getAttribute('href'), '/search/?q=pregnancy+placenta');
    });
  });

  test('with no word near it, says so and offers the date archive', async () => {
    await site.withPage(async (page) => {
      await page.goto('/search/?q=zzqx');
      assert.equal(
        await settledStatus(page),
        'No story has the word “zzqx”. Try other words, or browse the archive by date.',
      );
      assert.equal(await page.locator(`${markup.searchStatus} a`).getAttribute('href'), '/archive/');
    });
  });
});

describe('a search for words stories have', { timeout: 60_000 }, () => {
  test('finds them as before, offers no other word and fetches no vocabulary', async () => {
    await site.withPage(async (page) => {
      const fetched = vocabularyRequests(page);
      await page.goto('/search/?q=placenta');
      assert.equal(await announcedCount(page), 4);
      await page.locator(markup.searchResults).nth(3).waitFor();
      assert.doesNotMatch(await settledStatus(page), /Did you mean|No story has/);
      await page.locator(markup.searchInput).fill('placentas');
      assert.equal(await announcedCount(page), 4, '"placentas" is searched as "placenta"');
      assert.deepEqual(fetched, []);
    });
  });
});
