import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { storyPath } from '../../src/entry/story-path.ts';
import { useSite } from '../support/browser.ts';
import { announcedCount } from '../support/fixture-search.ts';
import { readEntries } from '../support/entries.ts';
import { collapse, markup, STORY_PATH } from '../support/markup.ts';

interface ShownResult {
  readonly headline: string;
  readonly href: string;
  readonly datetime: string | null;
  readonly excerptHtml: string;
  readonly marks: string[];
}

/** Waits for the first batch of results (up to ten) to render, then reads every one shown. */
async function shownResults(page: Page): Promise<ShownResult[]> {
  const items = page.locator(markup.searchResults);
  const count = await announcedCount(page);
  // Results arrive one by one.
  await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length >= n, Math.min(count, 10));
  const results: ShownResult[] = [];
  for (const item of await items.all()) {
    const link = item.locator(markup.resultLink);
    const excerpt = item.locator(markup.resultExcerpt);
    results.push({
      headline: collapse(await link.innerText()),
      href: (await link.getAttribute('href')) ?? '',
      datetime: await item.locator(markup.resultDate).getAttribute('datetime'),
      excerptHtml: await excerpt.innerHTML(),
      marks: await excerpt.locator('mark').allInnerTexts(),
    });
  }
  return results;
}

function assertResultsAreComplete(results: readonly ShownResult[], word: RegExp): void {
  assert.ok(results.length > 0, 'no results shown');
  for (const result of results) {
    assert.notEqual(result.headline, '', `result ${result.href} has an empty headline`);
    assert.match(
      new URL(result.href, 'http://site').pathname,
      STORY_PATH,
      `result "${result.headline}" links to a story`,
    );
    assert.ok(result.datetime, `result "${result.headline}" has a <time datetime>`);
    assert.ok(result.marks.length > 0, `result "${result.headline}" excerpt has no <mark>: ${result.excerptHtml}`);
    assert.ok(
      result.marks.some((mark) => word.test(mark)),
      `result "${result.headline}" marks ${JSON.stringify(result.marks)}`,
    );
  }
}

describe('search in Chromium', { timeout: 60_000 }, () => {
  const site = useSite();

  test('typing "placenta" lists matching stories, each with headline link, date and highlighted excerpt', async () => {
    await site.withPage(async (page) => {
      await page.goto('/search/');
      await page.locator(markup.searchInput).fill('placenta');

      const results = await shownResults(page);
      assertResultsAreComplete(results, /placenta/i);
      assert.match(await page.locator(markup.searchStatus).innerText(), /[1-9]/, 'the status gives the result count');
    });
  });

  test('searching "placenta" lists exactly the stories whose text has the word', async () => {
    const expected = (await readEntries())
      .filter((entry) => /placenta/i.test(`${entry.data.headline} ${entry.data.dek ?? ''} ${entry.body}`))
      .map((entry) => storyPath(entry.data))
      .sort();
    assert.ok(expected.length > 1, 'the bundled archive has several stories about the placenta');
    await site.withPage(async (page) => {
      await page.goto('/search/?q=placenta');
      const shown = (await shownResults(page)).map((result) => new URL(result.href, page.url()).pathname).sort();
      assert.deepEqual(shown, expected);
    });
  });

  test('a word the newest story has only in its headline ("said", "loss") finds every story with it, headline or text', async () => {
    const entries = await readEntries();
    await site.withPage(async (page) => {
      for (const word of ['said', 'loss']) {
        const has = new RegExp(`\\b${word}\\b`, 'i');
        const expected = entries
          .filter((entry) => has.test(`${entry.data.headline} ${entry.data.dek ?? ''} ${entry.body}`))
          .map((entry) => storyPath(entry.data))
          .sort();
        assert.ok(
          entries.some((entry) => has.test(entry.data.headline) && !has.test(entry.body)),
          `a story has "${word}" in its headline only`,
        );
        await page.goto(`/search/?q=${word}`);
        const shown = (await shownResults(page)).map((result) => new URL(result.href, page.url()).pathname).sort();
        assert.deepEqual(shown, expected, `"${word}"`);
      }
    });
  });

  test('words that appear only in the page chrome (skip link, the record of the source) find nothing, and no story has them', async () => {
    await site.withPage(async (page) => {
      for (const word of ['Skip', 'SHA-256']) {
        await page.goto(`/search/?q=${encodeURIComponent(word)}`);
        await page
          .locator(markup.searchStatus)
          .filter({ hasText: `No story has the word “${word}”.` })
          .waitFor();
        assert.equal(await page.locator(markup.searchResults).count(), 0, `"${word}" found something`);
      }
    });
  });

  test('clicking a search result opens the story it names', async () => {
    await site.withPage(async (page) => {
      await page.goto('/search/');
      await page.locator(markup.searchInput).fill('placenta');
      const [first] = await shownResults(page);
      assert.ok(first);

      await page.locator(markup.searchResults).first().locator(markup.resultLink).click();
      await page.waitForURL((url) => STORY_PATH.test(url.pathname));

      assert.equal(new URL(page.url()).pathname, new URL(first.href, page.url()).pathname);
      assert.equal(collapse(await page.locator(markup.storyHeadline).innerText()), first.headline);
    });
  });

  test('/search/?q=Legend shows results on load with "Legend" in the search box', async () => {
    await site.withPage(async (page) => {
      await page.goto('/search/?q=Legend');

      assertResultsAreComplete(await shownResults(page), /legend/i);
      assert.equal(await page.locator(markup.searchInput).inputValue(), 'Legend');
    });
  });

  test("the header search form on a story page goes to /search/?q=… and shows that search's results", async () => {
    await site.withPage(async (page) => {
      await page.goto('/');
      const storyHref = await page.locator(markup.storyListLinks).first().getAttribute('href');
      assert.ok(storyHref, 'home lists no story');
      await page.goto(storyHref);

      await page.locator(markup.headerSearchInput).fill('placenta');
      await page.locator(markup.headerSearchSubmit).click();
      await page.waitForURL((url) => url.pathname === '/search/');

      assert.equal(new URL(page.url()).searchParams.get('q'), 'placenta');
      assertResultsAreComplete(await shownResults(page), /placenta/i);
    });
  });
});
