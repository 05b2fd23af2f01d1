/**
 * Search finds an undated story by its words, in the made-up archive with
 * two undated stories (whose index is the oldest shard's), shows "Undated"
 * where a result's date would be (in no <time>), and a date range or a
 * year, which an undated story has no place in, leaves it out without
 * breaking the search.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storyPath } from '../../src/entry/story-path.ts';
import { useSite } from '../support/browser.ts';
import { UNDATED_FIXTURE_STORIES } from '../support/fixture-archive.ts';
import { allResultPaths, announcedCount, searchPath } from '../support/fixture-search.ts';
import { useFixtureSite } from '../support/fixture-site.ts';
import { collapse, markup } from '../support/markup.ts';

const fixture = useFixtureSite({ withUndated: true });
const site = useSite(() => fixture().dist);
const zeppelin = UNDATED_FIXTURE_STORIES[0]!;

test('a word only an undated story has finds it, its result saying "Undated" where the date would be', async () => {
  await site.withPage(async (page) => {
    await page.goto('/search/');
    await page.locator(markup.searchInput).fill('quillwort');
    assert.deepEqual(await allResultPaths(page), [storyPath(zeppelin.data)]);
    const result = page.locator(markup.searchResults).first();
    assert.equal(collapse(await result.locator(markup.resultLink).innerText()), zeppelin.data.headline);
    assert.equal(collapse(await result.locator('.search-meta').innerText()), 'Undated');
    assert.equal(await result.locator('.search-meta time').count(), 0, 'no <time> for a date it does not have');

    await result.locator(markup.resultLink).click();
    await page.waitForURL((url) => url.pathname === storyPath(zeppelin.data));
    assert.equal(collapse(await page.locator(markup.storyHeadline).innerText()), zeppelin.data.headline);
  });
});

test('a date range or a year leaves an undated story out, and the search still works', async () => {
  await site.withPage(async (page) => {
    for (const params of [
      { q: 'quillwort', from: '2019-01-01', to: '2021-12-31' },
      { q: 'quillwort', year: '2019' },
    ]) {
      await page.goto(searchPath(params));
      assert.equal(await announcedCount(page), 0, JSON.stringify(params));
    }
    // The same range still finds dated stories.
    await page.goto(searchPath({ q: 'Fixture', from: '2019-01-01', to: '2019-12-31' }));
    assert.ok((await announcedCount(page)) > 0);
  });
});
