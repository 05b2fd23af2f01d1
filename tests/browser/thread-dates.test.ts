/**
 * In Chromium at a phone's width (390 px): a thread timeline keeps an
 * estimated date and its "(estimated)" on one line, on the thread's page
 * and on a story's.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { useSite } from '../support/browser.ts';

/** Each timeline row's date and "(estimated)", with the top of each's first line box. */
async function estimatedDates(page: Page) {
  return page.locator('.thread-timeline li').evaluateAll((rows) =>
    rows.flatMap((row) => {
      const time = row.querySelector('time');
      const estimate = row.querySelector('.estimate');
      if (!time || !estimate) return [];
      return [
        {
          text: `${time.textContent}${estimate.textContent}`,
          dateTop: time.getClientRects()[0]!.top,
          estimateTop: estimate.getClientRects()[0]!.top,
          estimateLines: estimate.getClientRects().length,
        },
      ];
    }),
  );
}

describe('estimated dates in a thread timeline at 390 px', { timeout: 60_000 }, () => {
  const site = useSite();

  test('"(estimated)" stays on the line of its date, on the thread page and on a story in the thread', async () => {
    await site.withPage(async (page) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/threads/');
      const thread = await page.locator('.thread-index a').first().getAttribute('href');
      assert.ok(thread, 'a thread');
      await page.goto(thread);
      const onThread = await estimatedDates(page);
      assert.ok(onThread.length > 0, 'the bundled thread has an estimated date');
      const story = await page
        .locator('.thread-timeline li')
        .filter({ has: page.locator('.estimate') })
        .first()
        .locator('a')
        .last()
        .getAttribute('href');
      await page.goto(story!);
      const onStory = await estimatedDates(page);
      assert.ok(onStory.length > 0, 'the story shows its own estimated date in the timeline');
      for (const date of [...onThread, ...onStory]) {
        assert.equal(date.estimateLines, 1, `${date.text}: "(estimated)" is not split`);
        assert.ok(
          Math.abs(date.dateTop - date.estimateTop) < 2,
          `${date.text}: on two lines (${date.dateTop}, ${date.estimateTop})`,
        );
      }
    });
  });
});
