/**
 * Searching by a from–to date range over the made-up archive: exact to the
 * day at both ends (in the archive's time zone) for stories dated to the
 * day, taking in a story known only to its year or month whenever the range
 * overlaps that period, open at either end, with other filters, and kept in
 * the address. Expected stories are worked out
 * from the entries' dates, not from the index.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { archive } from '../../src/entry/config.ts';
import { calendarDate, pad2, parsePublished } from '../../src/entry/published-date.ts';
import { storyPath } from '../../src/entry/story-path.ts';
import { useSite } from '../support/browser.ts';
import type { FixtureStory } from '../support/fixture-archive.ts';
import { useFixtureSite } from '../support/fixture-site.ts';
import { allResultPaths, labelsOf, searchPath, type Labels } from '../support/fixture-search.ts';

const fixture = useFixtureSite();
const site = useSite(() => fixture().dist);

/** The first and last day a story's date can mean: one day, or a whole month or year when that is all that is known. */
function spanOf(story: FixtureStory): { first: string; last: string } {
  const parsed = parsePublished(story.data.published!);
  assert.ok(parsed.ok);
  const { year, month, day } = calendarDate(parsed.date, archive.timeZone);
  if (parsed.date.precision === 'year') return { first: `${year}-01-01`, last: `${year}-12-31` };
  if (parsed.date.precision === 'month') {
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { first: `${year}-${pad2(month)}-01`, last: `${year}-${pad2(month)}-${pad2(lastDay)}` };
  }
  const iso = `${year}-${pad2(month)}-${pad2(day)}`;
  return { first: iso, last: iso };
}

/** Stories whose date can fall within the range (both ends included): their span overlaps it; having every filter given. */
function expectedInRange(range: { from?: string; to?: string }, filters: Partial<Labels> = {}): string[] {
  return fixture()
    .stories.filter((story) => {
      const { first, last } = spanOf(story);
      const labels = labelsOf(story);
      return (
        (!range.from || last >= range.from) &&
        (!range.to || first <= range.to) &&
        Object.entries(filters).every(([name, values]) =>
          values.some((value) => labels[name as keyof Labels].includes(value)),
        )
      );
    })
    .map((story) => storyPath(story.data))
    .sort();
}

describe('search by date range in Chromium', { timeout: 180_000 }, () => {
  test('a one-day range finds exactly that day’s stories, by the archive’s clock', async () => {
    // Three stories on 14 March 2021 in New York; one of them is already the 15th in UTC.
    const day = '2021-03-14';
    const expected = expectedInRange({ from: day, to: day });
    assert.equal(expected.length, 3);
    await site.withPage(async (page) => {
      await page.goto(searchPath({ from: day, to: day }));
      assert.deepEqual((await allResultPaths(page)).sort(), expected);
      await page.goto(searchPath({ from: '2021-03-15', to: '2021-03-31' }));
      const after = await allResultPaths(page);
      assert.ok(
        expected.every((path) => !after.includes(path)),
        'a range starting the next day leaves them out',
      );
      await page.goto(searchPath({ from: '2021-03-01', to: '2021-03-13' }));
      const before = await allResultPaths(page);
      assert.ok(
        expected.every((path) => !before.includes(path)),
        'a range ending the day before leaves them out',
      );
    });
  });

  test('ranges across months and years are exact at both edges', async () => {
    const ranges = [
      { from: '2019-06-10', to: '2020-02-20' },
      { from: '2019-01-01', to: '2019-12-31' },
      { from: '2020-02-01', to: '2020-02-29' },
      { from: '2020-03-15', to: '2020-06-08' },
      { from: '2020-03-16', to: '2020-06-07' },
    ];
    await site.withPage(async (page) => {
      for (const range of ranges) {
        const expected = expectedInRange(range);
        assert.ok(expected.length > 0, JSON.stringify(range));
        await page.goto(searchPath(range));
        assert.deepEqual((await allResultPaths(page)).sort(), expected, JSON.stringify(range));
      }
    });
    // The cases mean what they say: a whole year and a part of it both take in the story known only to that year,
    // and a part of a month the story known only to that month.
    const yearOnly = fixture().stories.find((s) => s.data.published === '2019')!;
    const monthOnly = fixture().stories.find((s) => s.data.published === '2020-02')!;
    assert.ok(expectedInRange({ from: '2019-01-01', to: '2019-12-31' }).includes(storyPath(yearOnly.data)));
    assert.ok(expectedInRange({ from: '2019-06-10', to: '2020-02-20' }).includes(storyPath(yearOnly.data)));
    assert.ok(expectedInRange({ from: '2019-06-10', to: '2020-02-20' }).includes(storyPath(monthOnly.data)));
    // 15 March and 8 June 2020 have stories, so moving each edge by one day changes the result.
    assert.ok(
      expectedInRange({ from: '2020-03-16', to: '2020-06-07' }).length <
        expectedInRange({ from: '2020-03-15', to: '2020-06-08' }).length,
    );
  });

  test('an open end runs to the first or the last story, and the range narrows other filters', async () => {
    const cases = [
      { range: { from: '2021-03-14' } },
      { range: { to: '2019-05-01' } },
      { range: { from: '2020-01-01', to: '2020-12-31' }, filters: { topic: ['Flooding'] } },
    ];
    await site.withPage(async (page) => {
      for (const { range, filters } of cases) {
        const expected = expectedInRange(range, filters);
        assert.ok(expected.length > 0, JSON.stringify(range));
        await page.goto(searchPath({ ...range, ...filters }));
        assert.deepEqual((await allResultPaths(page)).sort(), expected, JSON.stringify({ range, filters }));
      }
    });
    assert.ok(
      expectedInRange({ from: '2020-01-01', to: '2020-12-31' }, { topic: ['Flooding'] }).length <
        expectedInRange({ from: '2020-01-01', to: '2020-12-31' }).length,
    );
  });

  test('a range outside the archive finds nothing and says so', async () => {
    await site.withPage(async (page) => {
      await page.goto(searchPath({ from: '2030-01-01' }));
      assert.deepEqual(await allResultPaths(page), []);
    });
  });

  test('choosing dates in the form searches, is kept in the address and survives reload and Back', async () => {
    await site.withPage(async (page) => {
      await page.goto('/search/');
      await page.getByText('Filter by date, publication, topic or person').click();
      const from = page.getByLabel('From', { exact: true });
      const to = page.getByLabel('To', { exact: true });
      await from.fill('2020-03-15');
      await page.waitForURL((url) => url.searchParams.get('from') === '2020-03-15');
      await to.fill('2020-06-08');
      await page.waitForURL((url) => url.searchParams.get('to') === '2020-06-08');
      const expected = expectedInRange({ from: '2020-03-15', to: '2020-06-08' });
      assert.deepEqual((await allResultPaths(page)).sort(), expected);

      await page.reload();
      assert.equal(await from.inputValue(), '2020-03-15');
      assert.equal(await to.inputValue(), '2020-06-08');
      assert.deepEqual((await allResultPaths(page)).sort(), expected);

      await page.goBack();
      await page.waitForURL((url) => !url.searchParams.has('to'));
      assert.equal(await to.inputValue(), '');
      assert.deepEqual((await allResultPaths(page)).sort(), expectedInRange({ from: '2020-03-15' }));
    });
  });

  test('dates given the wrong way round are left as typed and read the right way round', async () => {
    await site.withPage(async (page) => {
      await page.goto('/search/');
      await page.getByText('Filter by date, publication, topic or person').click();
      await page.getByLabel('From', { exact: true }).fill('2020-06-08');
      await page.getByLabel('To', { exact: true }).fill('2020-03-15');
      await page.waitForURL(
        (url) => url.searchParams.get('from') === '2020-06-08' && url.searchParams.get('to') === '2020-03-15',
      );
      assert.equal(await page.getByLabel('From', { exact: true }).inputValue(), '2020-06-08');
      assert.deepEqual((await allResultPaths(page)).sort(), expectedInRange({ from: '2020-03-15', to: '2020-06-08' }));
    });
  });
});
