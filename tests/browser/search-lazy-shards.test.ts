/**
 * The search page loads the index's shards as searches need them (the
 * made-up archive is in three: 2021, 2020 and 2019): a first search reads
 * the newest, going further back reads the next, a date range reads the
 * shards it overlaps, relevance reads them all. Asserted on what Chromium
 * fetched, the page's worker included.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { useSite } from '../support/browser.ts';
import { useFixtureSite } from '../support/fixture-site.ts';
import { allResultPaths, announcedCount, FURTHER_BUTTON, searchPath } from '../support/fixture-search.ts';
import { markup } from '../support/markup.ts';

const fixture = useFixtureSite();
const site = useSite(() => fixture().dist);

/** "report" is in every headline. */
const EVERYWHERE = 'report';
const storiesOf = (year: string) => fixture().stories.filter((s) => s.data.published!.startsWith(year)).length;

/** The shards whose files the page has fetched so far (`/pagefind/<shard>/…`), as a live set. */
function shardsFetched(page: Page): Set<string> {
  const fetched = new Set<string>();
  page.context().on('request', (request) => {
    const shard = /^\/pagefind\/([^/]+)\//.exec(new URL(request.url()).pathname)?.[1];
    if (shard) fetched.add(shard);
  });
  return fetched;
}

/** Every text the status line shows, in order, from the page's start, marked "(busy)" while it is (a live list). */
async function statusTexts(page: Page): Promise<string[]> {
  const texts: string[] = [];
  await page.exposeFunction('recordStatus', (text: string) => texts.push(text));
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const status = document.getElementById('search-status')!;
      const record = (window as unknown as { recordStatus(text: string): void }).recordStatus;
      const busy = () => (status.getAttribute('aria-busy') === 'true' ? ' (busy)' : '');
      new MutationObserver(() => record(`${status.textContent ?? ''}${busy()}`)).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
  });
  return texts;
}

const statusLine = (page: Page) => page.locator(`${markup.searchStatus}:not([aria-busy="true"])`);

describe('search loads the shards it needs', { timeout: 180_000 }, () => {
  test("a first search fetches only the newest shard's files, and says which years it searched", async () => {
    await site.withPage(async (page) => {
      const fetched = shardsFetched(page);
      await page.goto('/search/');
      await page.locator(markup.searchInput).fill(EVERYWHERE);
      const found = await allResultPaths(page, { onlySearched: true });
      assert.equal(found.length, storiesOf('2021'));
      assert.ok(
        found.every((path) => path.startsWith('/2021/')),
        found.join(' '),
      );
      assert.equal(
        await statusLine(page).innerText(),
        `${storiesOf('2021')} stories match “${EVERYWHERE}” in 2021, newest first; earlier years are not searched yet.`,
      );
      await page.waitForLoadState('networkidle');
      assert.deepEqual([...fetched], ['2021']);
      assert.equal(await page.locator(FURTHER_BUTTON).innerText(), 'Search earlier years (2020)');
    });
  });

  test('going further back fetches the next shard, announces it, adds its results and moves the focus to them', async () => {
    await site.withPage(async (page) => {
      const fetched = shardsFetched(page);
      const texts = await statusTexts(page);
      await page.goto(searchPath({ q: EVERYWHERE }));
      const newest = await allResultPaths(page, { onlySearched: true });
      await page.waitForLoadState('networkidle');
      assert.deepEqual([...fetched], ['2021']);

      await page.locator(FURTHER_BUTTON).click();
      const count = await announcedCount(page);
      assert.equal(count, storiesOf('2021') + storiesOf('2020'));
      // Announced: a live region that is busy is not read out.
      assert.ok(texts.includes('Searching 2020 …'), texts.join('\n'));
      // The first of the results added has the focus, right after those shown before.
      const focused = page.locator(`${markup.searchResults} ${markup.resultLink}`).nth(newest.length);
      await page.waitForFunction(
        (n) => document.activeElement === document.querySelectorAll('#search-results > li h2 > a')[n],
        newest.length,
      );
      assert.match(new URL((await focused.getAttribute('href'))!, 'http://x').pathname, /^\/2020\//);
      assert.match(await statusLine(page).innerText(), /in 2020–2021, newest first; earlier years are not searched/);
      await page.waitForLoadState('networkidle');
      assert.deepEqual([...fetched].sort(), ['2020', '2021']);

      // On to the oldest shard: then every story is searched, and the count is the archive's.
      const all = await allResultPaths(page);
      assert.equal(all.length, fixture().stories.length);
      assert.deepEqual(all.slice(0, newest.length), newest);
      assert.deepEqual(
        all.map((path) => path.slice(1, 5)),
        all
          .map((path) => path.slice(1, 5))
          .sort()
          .reverse(),
        'newest first across the shards',
      );
      assert.equal(
        await statusLine(page).innerText(),
        `${fixture().stories.length} stories match “${EVERYWHERE}”, newest first.`,
      );
      assert.equal(await page.locator(FURTHER_BUTTON).isVisible(), false);
      assert.deepEqual([...fetched].sort(), ['2019', '2020', '2021']);
    });
  });

  test('going further back before the end of the list adds the results after those still to show, and keeps the focus', async () => {
    await site.withPage(async (page) => {
      await page.goto(searchPath({ q: EVERYWHERE }));
      assert.equal(await announcedCount(page), storiesOf('2021'));
      assert.ok(storiesOf('2021') > 10, 'more than a page of results in the newest shard');
      await page.locator('#search-more').waitFor();
      await page.locator(FURTHER_BUTTON).click();
      await statusLine(page).filter({ hasText: 'in 2020–2021' }).waitFor();
      assert.equal(await announcedCount(page), storiesOf('2021') + storiesOf('2020'));
      assert.equal(await page.locator(markup.searchResults).count(), 10, 'the list is as it was');
      assert.equal(await page.locator(FURTHER_BUTTON).evaluate((b) => b === document.activeElement), true);
      const years = (await allResultPaths(page, { onlySearched: true })).map((path) => path.slice(1, 5));
      assert.deepEqual(years, [...Array(storiesOf('2021')).fill('2021'), ...Array(storiesOf('2020')).fill('2020')]);
    });
  });

  test('a shard that fails to load is named, the results found stay, and the page asks to be reloaded', async () => {
    const entry = '/pagefind/2020/pagefind-entry.json';
    await site.withPage(
      async (page) => {
        // Pagefind asks for it with a cache-busting query.
        await page.context().route(`**${entry}?*`, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
        await page.goto(searchPath({ q: EVERYWHERE }));
        await announcedCount(page);
        await page.locator(FURTHER_BUTTON).click();
        const failed = 'The search index of 2020 did not load. Reload the page to search again.';
        await statusLine(page).filter({ hasText: failed }).waitFor();
        assert.equal(await page.locator(markup.searchResults).count(), 10, 'the results found stay');
        assert.equal(await page.locator(FURTHER_BUTTON).getAttribute('aria-disabled'), 'true');
        // Pagefind cannot search past a failed index: a new search says so too, instead of failing silently.
        await page.locator(markup.searchInput).fill('fixture');
        await statusLine(page).filter({ hasText: failed }).waitFor();
        assert.equal(await page.locator(markup.searchResults).count(), 0);
      },
      { allowResponses: [{ path: entry, status: 503 }], allowConsoleErrors: [/^Failed to load Pagefind metadata/] },
    );
  });

  test('oldest first starts from the oldest shard and goes on to later years', async () => {
    await site.withPage(async (page) => {
      const fetched = shardsFetched(page);
      await page.goto(searchPath({ q: EVERYWHERE, sort: 'oldest' }));
      const oldest = await allResultPaths(page, { onlySearched: true });
      assert.equal(oldest.length, storiesOf('2019'));
      assert.equal(await page.locator(FURTHER_BUTTON).innerText(), 'Search later years (2020)');
      await page.waitForLoadState('networkidle');
      assert.deepEqual([...fetched], ['2019']);
    });
  });

  test('a date range in older years fetches exactly the shards it overlaps', async () => {
    await site.withPage(async (page) => {
      const fetched = shardsFetched(page);
      await page.goto(searchPath({ q: EVERYWHERE, from: '2019-03-01', to: '2019-12-31' }));
      const found = await allResultPaths(page, { onlySearched: true });
      assert.ok(found.length > 0 && found.every((path) => path.startsWith('/2019/')), found.join(' '));
      assert.equal(await page.locator(FURTHER_BUTTON).isVisible(), false, 'the range is searched whole');
      await page.waitForLoadState('networkidle');
      assert.deepEqual([...fetched], ['2019']);

      // Widened into 2020 from the form: that shard is fetched too, and no other.
      await page.getByLabel('To', { exact: true }).fill('2020-02-15');
      await page.waitForURL((url) => url.searchParams.get('to') === '2020-02-15');
      const widened = await allResultPaths(page, { onlySearched: true });
      assert.ok(widened.some((path) => path.startsWith('/2020/')));
      await page.waitForLoadState('networkidle');
      assert.deepEqual([...fetched].sort(), ['2019', '2020']);
    });
  });

  test('relevance order fetches every shard and counts every story', async () => {
    await site.withPage(async (page) => {
      const fetched = shardsFetched(page);
      await page.goto(searchPath({ q: EVERYWHERE }));
      await announcedCount(page);
      await page.locator('#search-sort').selectOption('relevance');
      await page.waitForURL((url) => url.searchParams.get('sort') === 'relevance');
      assert.equal((await allResultPaths(page, { onlySearched: true })).length, fixture().stories.length);
      assert.equal(
        await statusLine(page).innerText(),
        `${fixture().stories.length} stories match “${EVERYWHERE}”, best match first.`,
      );
      await page.waitForLoadState('networkidle');
      assert.deepEqual([...fetched].sort(), ['2019', '2020', '2021']);
    });
  });

  test('open filters count the years searched, and say so', async () => {
    await site.withPage(async (page) => {
      await page.goto(searchPath({ q: EVERYWHERE }));
      await announcedCount(page);
      await page.getByText('Filter by date, publication, topic or person').click();
      const years = page.getByRole('group', { name: 'Year' }).getByRole('checkbox');
      await years.first().waitFor();
      assert.deepEqual(await years.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value)), ['2021']);
      assert.equal(
        await page.locator('.search-filters-note').innerText(),
        'Counts are of stories from 2021, the years searched so far.',
      );
    });
  });
});
