/**
 * What the search page should find in the made-up archive, worked out from
 * its entries, and how a test reads what the page did find.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { archive } from '../../src/entry/config.ts';
import { calendarDate, pad2, parsePublished, sortKey } from '../../src/entry/published-date.ts';
import { storyPath } from '../../src/entry/story-path.ts';
import type { FixtureStory } from './fixture-archive.ts';
import { markup } from './markup.ts';

export type Labels = Record<'year' | 'month' | 'publication' | 'topic' | 'person', string[]>;

/** The filter values a story is indexed under, as the search filters spell them. */
export function labelsOf({ data }: FixtureStory): Labels {
  const parsed = parsePublished(data.published!);
  assert.ok(parsed.ok);
  const { year, month } = calendarDate(parsed.date, archive.timeZone);
  return {
    year: [String(year)],
    month: parsed.date.precision === 'year' ? [] : [`${year}-${pad2(month)}`],
    publication: data.publication ? [data.publication] : [],
    // Labels that differ only in case are one term, under the spelling most stories use.
    topic: (data.topics ?? []).map((topic) => (topic === 'elections' ? 'Elections' : topic)),
    person: [...(data.people ?? [])],
  };
}

/** Paths of the stories that have, for every filter given, at least one of its values. */
export function pathsMatching(stories: readonly FixtureStory[], filters: Partial<Labels>): string[] {
  return stories
    .filter((story) => {
      const labels = labelsOf(story);
      return Object.entries(filters).every(([name, values]) =>
        values.some((value) => labels[name as keyof Labels].includes(value)),
      );
    })
    .map((story) => storyPath(story.data))
    .sort();
}

/** The key stories are sorted by, for the story at a path. */
export function sortKeyOfPath(stories: readonly FixtureStory[], path: string): string {
  const story = stories.find((s) => storyPath(s.data) === path);
  assert.ok(story, `${path} is no story of the archive`);
  const parsed = parsePublished(story.data.published!);
  assert.ok(parsed.ok);
  return sortKey(parsed.date, archive.timeZone);
}

/** `/search/?…` with each parameter, repeated for each of its values; undefined ones are left out. */
export function searchPath(params: Record<string, string | readonly string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, values] of Object.entries(params)) {
    for (const v of [values ?? []].flat()) search.append(name, v);
  }
  return `/search/?${search}`;
}

/** The count the status line announces, once results are in. */
export async function announcedCount(page: Page): Promise<number> {
  // Busy while a search runs: until then it still holds the last search's words.
  const status = page.locator(`${markup.searchStatus}:not([aria-busy="true"])`);
  await status.filter({ hasText: /match/ }).waitFor();
  const text = await status.innerText();
  if (/^No stories/.test(text)) return 0;
  const count = /^(\d+) stor/.exec(text);
  assert.ok(count, `status says "${text}"`);
  return Number(count[1]);
}

/**
 * Waits until the batch of results being shown is whole: results arrive one
 * by one, and a batch is whole once all `count` results are shown or "Show
 * more" is offered.
 */
export async function batchShown(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (count) =>
      document.querySelectorAll('#search-results > li').length >= count ||
      !document.querySelector<HTMLButtonElement>('#search-more')!.hidden,
    count,
  );
}

/** The button that searches the years a search has not read yet ("Search earlier years (2019)"). */
export const FURTHER_BUTTON = '#search-further';

/**
 * Every result's path, in order, pressing "Show more" until none are left
 * and, unless `onlySearched`, "Search earlier (or later) years" until every
 * shard of the index is searched.
 */
export async function allResultPaths(page: Page, { onlySearched = false } = {}): Promise<string[]> {
  let count = await announcedCount(page);
  const items = page.locator(markup.searchResults);
  const more = page.locator('#search-more');
  const further = page.locator(FURTHER_BUTTON);
  await batchShown(page, count);
  for (;;) {
    while ((await items.count()) < count) {
      const before = await items.count();
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
      await batchShown(page, count);
    }
    // Offered once every result of the years searched is shown.
    if (onlySearched || !(await further.isVisible())) break;
    await further.click();
    count = await announcedCount(page);
    await batchShown(page, count);
  }
  assert.equal(await more.isVisible(), false, '"Show more" is gone once every result is shown');
  const hrefs = await items
    .locator(markup.resultLink)
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  assert.equal(hrefs.length, count, 'as many results as the status announces');
  return hrefs;
}
