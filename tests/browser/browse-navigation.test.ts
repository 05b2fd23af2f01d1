/**
 * A reader moving between every kind of page in Chromium, by the links a
 * reader sees: home and its later pages, the date archive from overview to
 * day, a story, its topic, person and publication, and the indexes of each.
 * Runs on the made-up archive, which has every page type.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { useSite } from '../support/browser.ts';
import { useFixtureSite } from '../support/fixture-site.ts';
import { collapse, markup, STORY_PATH } from '../support/markup.ts';

const fixture = useFixtureSite();
const site = useSite(() => fixture().dist);

const path = (page: Page) => new URL(page.url()).pathname;
const heading = async (page: Page) => collapse(await page.getByRole('heading', { level: 1 }).innerText());
const nav = (page: Page) => page.getByRole('navigation', { name: 'Browse the archive' });
const pages = (page: Page) => page.getByRole('navigation', { name: 'Pages' });

describe('navigating between every page type', { timeout: 120_000 }, () => {
  test('home → an older page and back → the date archive, year, month and day → a story → back up by its breadcrumb', async () => {
    await site.withPage(async (page) => {
      await page.goto('/');
      await pages(page).getByRole('link', { name: 'Older →' }).click();
      assert.equal(path(page), '/page/1/');
      assert.match(await heading(page), /Page 1$/);
      await pages(page).getByRole('link', { name: '← Newer' }).click();
      assert.equal(path(page), '/');

      await nav(page).getByRole('link', { name: 'Dates' }).click();
      assert.equal(path(page), '/archive/');
      await page.getByRole('link', { name: '2021', exact: true }).click();
      assert.equal(path(page), '/2021/');
      await page.locator('.period-children').getByRole('link', { name: 'March' }).click();
      assert.equal(path(page), '/2021/03/');
      assert.equal(await heading(page), 'March 2021');
      await page.locator('.period-children').getByRole('link', { name: 'March 14' }).click();
      assert.equal(path(page), '/2021/03/14/');

      const story = page.locator(markup.storyListLinks).first();
      const headline = collapse(await story.innerText());
      await story.click();
      assert.match(path(page), STORY_PATH);
      assert.equal(collapse(await page.locator(markup.storyHeadline).innerText()), headline);

      await page
        .getByRole('navigation', { name: 'Breadcrumb' })
        .getByRole('link', { name: 'March', exact: true })
        .click();
      assert.equal(path(page), '/2021/03/');
    });
  });

  test('a story → its topic, person and publication pages → their indexes, and between stories', async () => {
    await site.withPage(async (page) => {
      await page.goto('/2021/03/14/story-011/');
      const terms = page.locator('dl.story-terms');

      await terms.getByRole('link', { name: 'Harbor Times' }).click();
      assert.equal(path(page), '/publications/harbor-times/');
      assert.equal(await heading(page), 'Harbor Times');
      await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Publications' }).click();
      assert.equal(path(page), '/publications/');
      await page.getByRole('link', { name: 'Valley Courier' }).click();
      await page.locator(markup.storyListLinks).first().click();
      assert.match(path(page), STORY_PATH);

      await page.goto('/2021/03/14/story-011/');
      await terms.getByRole('link', { name: 'Elections' }).click();
      assert.equal(path(page), '/topics/elections/');
      await pages(page).getByRole('link', { name: 'Older →' }).click();
      assert.equal(path(page), '/topics/elections/page/1/');
      await nav(page).getByRole('link', { name: 'Topics' }).click();
      assert.equal(path(page), '/topics/');

      await page.goto('/2021/03/14/story-011/');
      await terms.getByRole('link', { name: 'Aiko Tanaka' }).click();
      assert.equal(path(page), '/people/aiko-tanaka/');
      await nav(page).getByRole('link', { name: 'People' }).click();
      assert.equal(path(page), '/people/');

      await page.goto('/2021/03/14/story-011/');
      // "More on this story": the later story in the archive, then one of the other coverage, which is
      // folded under its summary when the story is in a thread.
      const more = page.getByRole('region', { name: 'More on this story' });
      const unfold = async (link: Locator) => {
        if (!(await link.isVisible())) await more.locator('summary', { hasText: 'Other coverage' }).click();
      };
      const later = more.locator('a[rel="next"]');
      await unfold(later);
      const laterHeadline = collapse(await later.innerText());
      await later.click();
      assert.equal(collapse(await page.locator(markup.storyHeadline).innerText()), laterHeadline);
      const other = more.locator('.other-timeline a[href^="/"]').first();
      await unfold(other);
      const otherHeadline = collapse(await other.innerText());
      await other.click();
      assert.equal(collapse(await page.locator(markup.storyHeadline).innerText()), otherHeadline);

      await nav(page).getByRole('link', { name: 'Home' }).click();
      assert.equal(path(page), '/');
    });
  });

  test('by keyboard alone: Tab to the site nav, Enter on Dates, then to a year', async () => {
    await site.withPage(async (page) => {
      await page.goto('/');
      const dates = nav(page).getByRole('link', { name: 'Dates' });
      for (let presses = 0; presses < 20; presses += 1) {
        await page.keyboard.press('Tab');
        if (await dates.evaluate((link) => link === document.activeElement)) break;
      }
      await page.keyboard.press('Enter');
      await page.waitForURL('**/archive/');
      const year = page.getByRole('link', { name: '2021', exact: true });
      await year.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL('**/2021/');
      assert.equal(await heading(page), '2021');
    });
  });
});
