/**
 * From the search page to a story, over the made-up archive: phrase search
 * with quotes, the results by keyboard alone, and the search's words
 * highlighted on the story reached, with a way to clear them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { storyPath } from '../../src/entry/story-path.ts';
import { wcagViolations } from '../support/axe.ts';
import { useSite } from '../support/browser.ts';
import { FIXTURE_PHRASES } from '../support/fixture-archive.ts';
import { useFixtureSite } from '../support/fixture-site.ts';
import { allResultPaths, announcedCount, searchPath } from '../support/fixture-search.ts';
import { markup } from '../support/markup.ts';

const fixture = useFixtureSite();
const site = useSite(() => fixture().dist);

/** Paths of the stories whose text has every one of the words, in any order. */
function storiesWithWords(...words: string[]): string[] {
  return fixture()
    .stories.filter((s) => words.every((w) => new RegExp(`\\b${w}\\b`, 'i').test(s.body)))
    .map((s) => storyPath(s.data))
    .sort();
}

/** Paths of the stories whose text has the words side by side, in this order. */
function storiesWithPhrase(phrase: string): string[] {
  return fixture()
    .stories.filter((s) => s.body.toLowerCase().includes(phrase.toLowerCase()))
    .map((s) => storyPath(s.data))
    .sort();
}

/** Presses Tab until the focused element matches, at most `limit` times; fails if it never does. */
async function tabTo(page: Page, isTarget: () => boolean, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate(isTarget)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(
    `Tab never reached the element (focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))})`,
  );
}

describe('phrase search', { timeout: 120_000 }, () => {
  test('words in quotes find only the stories with the words together, in that order', async () => {
    assert.ok(Object.values(FIXTURE_PHRASES).length >= 3);
    const phrase = storiesWithPhrase('the river rose');
    const words = storiesWithWords('the', 'river', 'rose');
    assert.equal(phrase.length, 1);
    assert.ok(words.length > phrase.length, 'the same words apart are in more stories');
    await site.withPage(async (page) => {
      await page.goto('/search/');
      await page.locator(markup.searchInput).fill('"the river rose"');
      await page.waitForURL((url) => url.searchParams.get('q') === '"the river rose"');
      assert.deepEqual(await allResultPaths(page), phrase);
      await page.goto(searchPath({ q: 'the river rose' }));
      assert.deepEqual((await allResultPaths(page)).sort(), words);
    });
  });
});

describe('results by keyboard', { timeout: 120_000 }, () => {
  test('Tab from the search box reaches the results; Enter opens one', async () => {
    await site.withPage(async (page) => {
      await page.goto('/search/');
      await page.keyboard.press('/');
      await page.keyboard.type('elections');
      const count = await announcedCount(page);
      assert.ok(count > 10, `enough results for "Show more" (${count})`);
      await tabTo(page, () => document.activeElement?.closest('#search-results') !== null);
      const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
      assert.equal(
        first,
        new URL((await page.locator(markup.searchResults).first().locator('a').getAttribute('href')) ?? '', 'http://x')
          .pathname,
      );
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === first);
    });
  });

  test('by keyboard alone: "/" from home, words, a date range and a topic, then a result', async () => {
    const expected = fixture()
      .stories.filter(
        (s) =>
          /\belections\b/i.test(s.body) &&
          s.data.published! >= '2020-03-01' &&
          s.data.published! <= '2020-12-31' &&
          (s.data.topics ?? []).includes('Flooding'),
      )
      .map((s) => storyPath(s.data))
      .sort();
    assert.ok(expected.length > 0);
    await site.withPage(async (page) => {
      await page.goto('/');
      await page.keyboard.press('/');
      await page.keyboard.type('elections');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'elections');
      await announcedCount(page);
      await tabTo(page, () => document.activeElement?.tagName === 'SUMMARY');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-from');
      // Chromium's date field takes the digits in the locale's order (month, day, year here).
      await page.keyboard.type('03012020');
      // Tab leaves the date field by way of its parts and picker, as Chromium has them.
      await tabTo(page, () => document.activeElement?.id === 'search-to');
      await page.keyboard.type('12312020');
      await page.waitForURL(
        (url) => url.searchParams.get('from') === '2020-03-01' && url.searchParams.get('to') === '2020-12-31',
      );
      // Past the date field's parts, the years, months and publications, however many the counts list.
      await tabTo(page, () => (document.activeElement as HTMLInputElement | null)?.value === 'Flooding', 100);
      await page.keyboard.press('Space');
      await page.waitForURL((url) => url.searchParams.get('topic') === 'Flooding');
      assert.deepEqual((await allResultPaths(page)).sort(), expected);
      await tabTo(page, () => document.activeElement?.closest('#search-results') !== null);
      await page.keyboard.press('Enter');
      await page.waitForURL(
        (url) => expected.includes(url.pathname) && url.searchParams.get('highlight') === 'elections',
      );
    });
  });

  test('"Show more" works from the keyboard and puts focus on the first new result', async () => {
    await site.withPage(async (page) => {
      await page.goto(searchPath({ q: 'elections' }));
      await announcedCount(page);
      // The button is offered once the first batch is all shown.
      await page.locator('#search-more').waitFor();
      const shown = await page.locator(markup.searchResults).count();
      await tabTo(page, () => document.activeElement?.id === 'search-more', 80);
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, shown);
      const focused = await page.evaluate(() => {
        const item = document.activeElement?.closest('#search-results > li');
        return item ? [...item.parentElement!.children].indexOf(item) : -1;
      });
      assert.equal(focused, shown, 'focus is on the first result added');
    });
  });
});

describe('highlighting on the story reached', { timeout: 120_000 }, () => {
  test('a result carries the search’s words to its story, which marks them and says so', async () => {
    await site.withPage(async (page) => {
      // By relevance: every shard is searched at once, and the phrase is in older years.
      await page.goto(searchPath({ q: '"the river rose"', sort: 'relevance' }));
      await announcedCount(page);
      const result = page.locator(markup.searchResults).first().locator('a');
      assert.match((await result.getAttribute('href')) ?? '', /[?&]highlight=the\+river\+rose(&|$)/);
      await result.click();
      await page.waitForURL((url) => url.searchParams.get('highlight') === 'the river rose');
      const marks = page.locator('article .story-body mark');
      await marks.first().waitFor();
      assert.deepEqual(await marks.allTextContents(), ['the river rose']);
      assert.equal(await page.locator('article header mark, .story-terms mark').count(), 0, 'only the story text');
      await page.getByRole('status').filter({ hasText: 'Your search for “the river rose” is highlighted' }).waitFor();
    });
  });

  test('"Clear highlighting" removes the marks and the words from the address, and keeps focus in the story', async () => {
    await site.withPage(async (page) => {
      const story = fixture().stories.find((s) => s.body.includes('the river rose'))!;
      const text = await (async () => {
        await page.goto(storyPath(story.data));
        return page.locator('article .story-body').innerText();
      })();
      await page.goto(`${storyPath(story.data)}?highlight=river&highlight=overnight`);
      await page.locator('article .story-body mark').first().waitFor();
      assert.deepEqual(await page.locator('article .story-body mark').allTextContents(), ['river', 'overnight']);
      await page.getByRole('button', { name: 'Clear highlighting' }).press('Enter');
      await page.waitForURL((url) => !url.searchParams.has('highlight'));
      assert.equal(await page.locator('mark').count(), 0);
      assert.equal(await page.getByRole('button', { name: 'Clear highlighting' }).count(), 0);
      assert.equal(await page.locator('article .story-body').innerText(), text, 'the text is as it was');
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    });
  });

  test('a highlighted story passes axe (WCAG 2.1 AA) in both colour schemes', async () => {
    await site.withPage(async (page) => {
      const story = fixture().stories.find((s) => s.body.includes('the river rose'))!;
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(`${storyPath(story.data)}?highlight=the+river+rose`);
        await page.getByRole('button', { name: 'Clear highlighting' }).waitFor();
        assert.deepEqual(await wcagViolations(page), [], colorScheme);
      }
    });
  });

  test('a story opened without search words loads no highlighter', async () => {
    await site.withPage(async (page) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(storyPath(fixture().stories[0]!.data));
      await page.waitForLoadState('networkidle');
      assert.ok(!requested.some((path) => path.includes('pagefind')), requested.join('\n'));
      assert.equal(await page.locator('mark, .highlight-notice').count(), 0);
    });
  });
});

describe('what a search fetches', { timeout: 60_000 }, () => {
  test('words alone fetch no filter index; opening the filters fetches them and shows counts', async () => {
    await site.withPage(async (page) => {
      const filterIndexes: string[] = [];
      // Pagefind fetches from a worker too: the context sees both.
      page.context().on('request', (request) => {
        if (/^\/pagefind\/[^/]+\/filter\//.test(new URL(request.url()).pathname)) filterIndexes.push(request.url());
      });
      await page.goto(searchPath({ q: 'elections' }));
      await announcedCount(page);
      await page.waitForLoadState('networkidle');
      assert.deepEqual(filterIndexes, [], 'no filter index before the filters are opened');
      await page.getByText('Filter by date, publication, topic or person').click();
      await page.getByRole('group', { name: 'Topic' }).getByRole('checkbox').first().waitFor();
      assert.ok(filterIndexes.length > 0, 'the filters fetched their index');
    });
  });
});
