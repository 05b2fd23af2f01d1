/**
 * Search over the bundled archive (dist/) with dates of reduced precision:
 * story 001, known only to 2021 (an estimate), is found by any range that
 * overlaps 2021, and its result says "2021 (estimated)" as its page does;
 * story 003, published no earlier than 30 November 2020, shows that bound.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { storyPath } from '../../src/entry/story-path.ts';
import { useSite } from '../support/browser.ts';
import { readEntries, type Entry } from '../support/entries.ts';
import { allResultPaths, searchPath } from '../support/fixture-search.ts';
import { collapse, markup } from '../support/markup.ts';

const site = useSite();
let yearOnly: Entry;
let bounded: Entry;

before(async () => {
  const entries = await readEntries();
  yearOnly = entries.find((entry) => entry.file.includes('/001_'))!;
  bounded = entries.find((entry) => entry.file.includes('/003_'))!;
  assert.equal(yearOnly.data.published, '2021');
  assert.equal(bounded.data.publishedBound, 'earliest');
});

/** The date line of the result for `entry`. */
async function resultDate(page: Parameters<Parameters<typeof site.withPage>[0]>[0], entry: Entry): Promise<string> {
  const result = page
    .locator(markup.searchResults)
    .filter({ has: page.locator(`a[href^="${storyPath(entry.data)}"]`) });
  return collapse(await result.locator('.search-meta').innerText());
}

test('a June to December 2021 range finds the story known only to 2021, its result saying "(estimated)"', async () => {
  await site.withPage(async (page) => {
    await page.goto(searchPath({ from: '2021-06-01', to: '2021-12-31' }));
    assert.deepEqual(await allResultPaths(page), [storyPath(yearOnly.data)]);
    assert.equal(await resultDate(page, yearOnly), '2021 (estimated)');
    const time = page.locator(`${markup.searchResults} .search-meta time`).first();
    assert.equal(await time.getAttribute('datetime'), '2021');
  });
});

test('a range that overlaps 2021 by one day finds it; one that ends the day before does not', async () => {
  await site.withPage(async (page) => {
    await page.goto(searchPath({ from: '2020-12-31', to: '2021-01-01' }));
    assert.ok((await allResultPaths(page)).includes(storyPath(yearOnly.data)));
    await page.goto(searchPath({ from: '2020-01-01', to: '2020-12-31' }));
    assert.ok(!(await allResultPaths(page)).includes(storyPath(yearOnly.data)));
  });
});

test('the result of a story published no earlier than 30 November 2020 says so', async () => {
  await site.withPage(async (page) => {
    await page.goto(searchPath({ from: '2020-11-30', to: '2020-11-30' }));
    assert.deepEqual(await allResultPaths(page), [storyPath(bounded.data)]);
    assert.equal(await resultDate(page, bounded), 'On or after November 30, 2020');
  });
});
