import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useSite } from '../support/browser.ts';
import { collapse, markup, STORY_PATH } from '../support/markup.ts';

describe('home page in Chromium', { timeout: 60_000 }, () => {
  const site = useSite();

  test('clicking the first story in the list opens that story at /YYYY/MM/DD/slug/', async () => {
    await site.withPage(async (page) => {
      await page.goto('/');
      const link = page.locator(markup.storyListLinks).first();
      const headline = collapse(await link.innerText());
      assert.notEqual(headline, '', 'the first story link has no text');

      await link.click();
      await page.waitForURL((url) => STORY_PATH.test(url.pathname));

      assert.match(new URL(page.url()).pathname, STORY_PATH);
      assert.equal(collapse(await page.locator(markup.storyHeadline).innerText()), headline);
    });
  });
});
