import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useSite } from '../support/browser.ts';
import { markup } from '../support/markup.ts';

const site = useSite();
const focusedId = () => document.activeElement?.id ?? '';

describe('the "/" shortcut to search', { timeout: 60_000 }, () => {
  test('focuses the header search box from any page, and on the search page its one box', async () => {
    await site.withPage(async (page) => {
      await page.goto('/');
      const story = await page.locator(markup.storyListLinks).first().getAttribute('href');
      for (const path of ['/', story!, '/archive/', '/topics/']) {
        await page.goto(path);
        await page.keyboard.press('/');
        assert.equal(await page.evaluate(focusedId), 'site-search', `"/" on ${path}`);
        assert.equal(await page.locator('#site-search').inputValue(), '', 'the slash is not typed into the box');
      }
      await page.goto('/search/');
      await page.keyboard.press('/');
      assert.equal(await page.evaluate(focusedId), 'search-query');
      assert.equal(await page.locator('#search-query').getAttribute('aria-keyshortcuts'), '/');
    });
  });

  test('leaves a "/" typed into a field alone', async () => {
    await site.withPage(async (page) => {
      await page.goto('/');
      await page.locator('#site-search').fill('AC');
      await page.locator('#site-search').press('/');
      assert.equal(await page.locator('#site-search').inputValue(), 'AC/');
    });
  });
});
