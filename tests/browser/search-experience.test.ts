/**
 * The search page over the made-up archive: filters alone and together,
 * order, browsing with no words, the address as the search's state, the
 * no-results path and Esc. Expected stories come from the fixture's entries.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { wcagViolations } from '../support/axe.ts';
import { launchChromium, useSite } from '../support/browser.ts';
import { useFixtureSite } from '../support/fixture-site.ts';
import {
  allResultPaths,
  announcedCount,
  pathsMatching,
  searchPath,
  sortKeyOfPath,
  type Labels,
} from '../support/fixture-search.ts';
import { markup } from '../support/markup.ts';
import { startStaticServer } from '../support/static-server.ts';

const fixture = useFixtureSite();
const site = useSite(() => fixture().dist);

const expectedPaths = (filters: Partial<Labels>) => pathsMatching(fixture().stories, filters);
const keyOfPath = (path: string) => sortKeyOfPath(fixture().stories, path);
const query = searchPath;
/** A search in date order reads the newest shard first: the made-up archive's 2021. */
const inNewestShard = () => fixture().stories.filter((s) => s.data.published!.startsWith('2021')).length;

describe('search filters, order and state in Chromium', { timeout: 120_000 }, () => {
  test('each filter alone, with no words, lists exactly its stories', async () => {
    const cases: Partial<Labels>[] = [
      { year: ['2020'] },
      { month: ['2021-03'] },
      { publication: ['Harbor Times'] },
      { topic: ['Économie'] },
      { person: ['Tom Becker'] },
    ];
    await site.withPage(async (page) => {
      for (const filters of cases) {
        const expected = expectedPaths(filters);
        assert.ok(expected.length > 0 && expected.length < fixture().stories.length, JSON.stringify(filters));
        await page.goto(query(filters));
        assert.deepEqual((await allResultPaths(page)).sort(), expected, JSON.stringify(filters));
      }
    });
  });

  test('two values of one filter find stories with either; two filters find stories with both', async () => {
    const cases: Partial<Labels>[] = [
      { year: ['2019', '2021'] },
      { topic: ['Flooding', 'Schools'] },
      { year: ['2021'], publication: ['Harbor Times'] },
      { topic: ['Flooding'], person: ['Maria Lopez', 'Aiko Tanaka'] },
    ];
    await site.withPage(async (page) => {
      for (const filters of cases) {
        const expected = expectedPaths(filters);
        assert.ok(expected.length > 0, JSON.stringify(filters));
        await page.goto(query(filters));
        assert.deepEqual((await allResultPaths(page)).sort(), expected, JSON.stringify(filters));
      }
    });
    const either = expectedPaths({ year: ['2019', '2021'] }).length;
    assert.equal(either, expectedPaths({ year: ['2019'] }).length + expectedPaths({ year: ['2021'] }).length);
    assert.ok(
      expectedPaths({ year: ['2021'], publication: ['Harbor Times'] }).length <
        expectedPaths({ year: ['2021'] }).length,
    );
  });

  test('ticking filters updates results, counts and the address, and Back undoes the last tick', async () => {
    await site.withPage(async (page) => {
      await page.goto('/search/');
      await page.locator('#search-refine > summary').click();
      const year2021 = page.getByRole('checkbox', { name: /^2021 \(\d+\)$/ });
      const label = await page.locator('label', { has: year2021 }).innerText();
      assert.equal(label.trim(), `2021 (${expectedPaths({ year: ['2021'] }).length})`, 'the year shows its count');
      await year2021.check();
      await page.waitForURL((url) => url.search === '?year=2021');
      assert.equal(await announcedCount(page), expectedPaths({ year: ['2021'] }).length);

      await page.getByRole('checkbox', { name: /^Harbor Times \(\d+\)$/ }).check();
      await page.waitForURL((url) => url.search === '?year=2021&publication=Harbor+Times');
      const both = expectedPaths({ year: ['2021'], publication: ['Harbor Times'] });
      await page
        .locator(markup.searchStatus)
        .filter({ hasText: `${both.length} stor` })
        .waitFor();

      // Months appear once a year is ticked, named in words.
      const march = expectedPaths({ year: ['2021'], publication: ['Harbor Times'], month: ['2021-03'] }).length;
      if (march > 0) await page.getByRole('checkbox', { name: `March 2021 (${march})` }).waitFor();
      assert.ok(await page.getByRole('group', { name: 'Month' }).isVisible());

      await page.goBack();
      await page.waitForURL((url) => url.search === '?year=2021');
      await page
        .locator(markup.searchStatus)
        .filter({ hasText: `${expectedPaths({ year: ['2021'] }).length} stor` })
        .waitFor();
      assert.equal(await page.getByRole('checkbox', { name: /^Harbor Times/ }).isChecked(), false);
      assert.equal(await year2021.isChecked(), true);
    });
  });

  test('newest first and oldest first put the results in date order', async () => {
    await site.withPage(async (page) => {
      for (const [sort, inOrder] of [
        ['newest', (a: string, b: string) => a >= b],
        ['oldest', (a: string, b: string) => a <= b],
      ] as const) {
        await page.goto(`/search/?q=fixture&sort=${sort}`);
        const keys = (await allResultPaths(page)).map(keyOfPath);
        assert.equal(keys.length, fixture().stories.length);
        keys.slice(1).forEach((key, i) => assert.ok(inOrder(keys[i]!, key), `${sort}: ${keys[i]} then ${key}`));
        assert.equal(await page.locator('#search-sort').inputValue(), sort);
      }
    });
  });

  test('choosing an order from the select re-sorts and is kept in the address', async () => {
    await site.withPage(async (page) => {
      await page.goto('/search/?q=fixture');
      await announcedCount(page);
      assert.equal(await page.locator('#search-sort').inputValue(), 'newest', 'words sort newest first');
      await page.locator('#search-sort').selectOption('oldest');
      await page.waitForURL((url) => url.search === '?q=fixture&sort=oldest');
      await page.locator(markup.searchStatus).filter({ hasText: 'oldest first' }).waitFor();
      const keys = (await allResultPaths(page)).map(keyOfPath);
      assert.deepEqual(keys, [...keys].sort());
    });
  });

  test('with no words, a filter browses its stories newest first', async () => {
    await site.withPage(async (page) => {
      await page.goto('/search/?topic=Schools');
      const paths = await allResultPaths(page);
      assert.equal(await page.locator('#search-sort').inputValue(), 'newest');
      assert.deepEqual([...paths].sort(), expectedPaths({ topic: ['Schools'] }));
      const keys = paths.map(keyOfPath);
      assert.deepEqual(keys, [...keys].sort().reverse());
      assert.match(await page.locator(markup.searchStatus).innerText(), /newest first/);
    });
  });

  test('a search survives reload and Back, and its address is a link that shows it', async () => {
    await site.withPage(async (page) => {
      await page.goto('/search/');
      await page.locator(markup.searchInput).fill('fixture');
      await page.locator(markup.searchInput).press('Enter');
      await page.waitForURL((url) => url.search === '?q=fixture');
      await announcedCount(page);
      await page.locator('#search-sort').selectOption('relevance');
      await page.waitForURL((url) => url.search === '?q=fixture&sort=relevance');
      await page.locator('#search-refine > summary').click();
      await page.getByRole('checkbox', { name: /^Valley Courier \(\d+\)$/ }).check();
      const shared = '?q=fixture&publication=Valley+Courier&sort=relevance';
      await page.waitForURL((url) => url.search === shared);
      const expected = expectedPaths({ publication: ['Valley Courier'] });
      await page
        .locator(markup.searchStatus)
        .filter({ hasText: `${expected.length} stor` })
        .waitFor();

      await page.reload();
      assert.equal(await page.locator(markup.searchInput).inputValue(), 'fixture');
      assert.equal(await page.locator('#search-sort').inputValue(), 'relevance');
      assert.deepEqual((await allResultPaths(page)).sort(), expected);
      assert.equal(await page.getByRole('checkbox', { name: /^Valley Courier/ }).isChecked(), true);

      await page.goBack();
      await page.waitForURL((url) => url.search === '?q=fixture&sort=relevance');
      assert.equal(await announcedCount(page), fixture().stories.length);
      assert.equal(await page.getByRole('checkbox', { name: /^Valley Courier/ }).isChecked(), false);
    });
    // The same address in a fresh page.
    await site.withPage(async (page) => {
      await page.goto('/search/?q=fixture&publication=Valley+Courier&sort=relevance');
      assert.deepEqual((await allResultPaths(page)).sort(), expectedPaths({ publication: ['Valley Courier'] }));
    });
  });

  test('while a search runs its status is busy, then it says what that search found', async () => {
    await site.withPage(async (page) => {
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/pagefind/**', async (route) => {
        await released;
        await route.continue();
      });
      await page.goto('/search/?q=fixture', { waitUntil: 'domcontentloaded' });
      const status = page.locator(markup.searchStatus);
      await page.locator(`${markup.searchStatus}[aria-busy="true"]`).waitFor({ state: 'attached' });
      assert.equal(await status.innerText(), '');
      release();
      assert.equal(await announcedCount(page), inNewestShard());
      assert.equal(await status.getAttribute('aria-busy'), null);
    });
  });

  test('an address with filters draws them once, so what a reader reaches first is not replaced under them', async () => {
    await site.withPage(async (page) => {
      // Each drawing puts the filters' groups into the panel in one go.
      await page.addInitScript(() => {
        const drawings: number[] = [];
        Object.assign(window, { filterDrawings: drawings });
        new MutationObserver((records) => {
          for (const record of records) {
            const target = record.target as Element;
            if (target.id === 'search-filters' && record.addedNodes.length > 0) drawings.push(performance.now());
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(query({ q: 'fixture', topic: 'Flooding' }));
      await page.getByRole('group', { name: 'Topic' }).waitFor();
      await announcedCount(page);
      // Every count the page asks for is fetched by then.
      await page.waitForLoadState('networkidle');
      const drawings = await page.evaluate(() => (window as unknown as { filterDrawings: number[] }).filterDrawings);
      assert.equal(drawings.length, 1, `the filters were drawn ${drawings.length} times`);
    });
  });

  test('no results says so and links to the same search without filters and to the date archive', async () => {
    await site.withPage(async (page) => {
      await page.goto(query({ q: 'fixture', year: '2019', person: 'Sam Okafor', topic: 'Schools' }));
      assert.equal(expectedPaths({ year: ['2019'], person: ['Sam Okafor'], topic: ['Schools'] }).length, 0);
      assert.equal(await announcedCount(page), 0);
      const status = page.locator(markup.searchStatus);
      assert.match(await status.innerText(), /^No stories match “fixture” with the filters chosen\./);
      assert.equal(await page.locator(markup.searchResults).count(), 0);
      assert.equal(await status.getByRole('link', { name: /date/ }).getAttribute('href'), '/archive/');
      await status.getByRole('link', { name: 'Clear the filters' }).click();
      await page.waitForURL((url) => url.pathname === '/search/' && url.search === '?q=fixture');
      assert.equal(await announcedCount(page), inNewestShard());
    });
  });

  test('Esc in the search box clears it and the results', async () => {
    await site.withPage(async (page) => {
      await page.goto('/search/?q=fixture');
      await announcedCount(page);
      await page.locator(markup.searchInput).press('Escape');
      assert.equal(await page.locator(markup.searchInput).inputValue(), '');
      await page.waitForURL((url) => url.search === '');
      await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 0);
      assert.equal(await page.locator(markup.searchStatus).innerText(), '');
    });
  });

  test('the open filters, the order and the no-results links pass axe (WCAG 2.1 AA) in both colour schemes', async () => {
    await site.withPage(async (page) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const path of [
          '/search/?q=fixture&year=2020&topic=Flooding&from=2020-03-01',
          '/search/?q=zzzz&year=2020',
        ]) {
          await page.goto(path);
          // Settled: a count, or (for "zzzz", which no story has) the word named.
          await page.locator(`${markup.searchStatus}:not([aria-busy="true"])`).filter({ hasText: /\S/ }).waitFor();
          await page.getByRole('group', { name: 'Year' }).waitFor();
          assert.deepEqual(await wcagViolations(page), [], `${path} (${colorScheme})`);
        }
      }
    });
  });

  test('with the filters open, the page does not scroll sideways at 320 px', async () => {
    await site.withPage(async (page) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto('/search/?q=fixture&year=2020&month=2020-10&person=Aiko+Tanaka');
      await announcedCount(page);
      await page.getByRole('group', { name: 'Month' }).waitFor();
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      assert.ok(scrollWidth <= innerWidth, `${scrollWidth} px wide at ${innerWidth} px`);
    });
  });

  test('without JavaScript the order and the filters, which need it, are not shown', async () => {
    const server = await startStaticServer(fixture().dist);
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
      await page.goto(`${server.url}/search/?q=fixture`);
      assert.equal(await page.locator('#search-sort').isVisible(), false);
      assert.equal(await page.locator('#search-refine').isVisible(), false);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
