/**
 * The story comes first (issue 24, point 7): on a phone (390 × 844), every
 * bundled story starts on the first screen, and what follows its text (its
 * terms, "More on this story" with its folds closed, the footer) is at most
 * a screen and a half.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { storyPath } from '../../src/entry/story-path.ts';
import { useSite } from '../support/browser.ts';
import { readEntries } from '../support/entries.ts';

const PHONE = { width: 390, height: 844 } as const;
/** What may follow the story's text, in phone screens. */
const SCREENS_AFTER_STORY = 1.5;

describe('the story first, on a phone', { timeout: 120_000 }, () => {
  const site = useSite();

  test('every bundled story starts on the first screen and is followed by at most 1.5 screens, folds closed', async (t) => {
    const paths = (await readEntries()).map((entry) => storyPath(entry.data));
    assert.ok(paths.length > 0);
    await site.withPage(async (page) => {
      await page.setViewportSize(PHONE);
      const over: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        const measured = await page.evaluate(() => {
          const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().top + scrollY;
          const bodyEnd = document.querySelector('.story-body')!.getBoundingClientRect().bottom + scrollY;
          return {
            headline: top('article h1'),
            body: top('.story-body'),
            after: document.documentElement.scrollHeight - bodyEnd,
            open: [...document.querySelectorAll('.more-on-story details')].filter((d) => (d as HTMLDetailsElement).open)
              .length,
          };
        });
        t.diagnostic(`${path}: ${Math.round(measured.after)} px after the story's text`);
        assert.equal(measured.open, 0, `${path}: a fold is open`);
        assert.ok(measured.body < PHONE.height, `${path}: the story's text starts at ${measured.body} px`);
        if (measured.after > SCREENS_AFTER_STORY * PHONE.height) {
          over.push(`${path}: ${Math.round(measured.after)} px after the story's text`);
        }
      }
      assert.deepEqual(over, [], `more than ${SCREENS_AFTER_STORY * PHONE.height} px after the story`);
    });
  });

  test('each fold opens on its summary, and a quote’s "also in" goes to that story’s entry, which links it', async () => {
    const [path] = (await readEntries())
      .filter((entry) => /He hated it\. I could tell/u.test(entry.body))
      .map((entry) => storyPath(entry.data));
    assert.ok(path, 'a bundled story shares a quote');
    await site.withPage(
      async (page) => {
        await page.setViewportSize(PHONE);
        await page.goto(path);
        const block = page.locator('section.more-on-story');
        for (const name of ['Quotes in other coverage', 'Cite this story', 'About this record']) {
          const fold = block.locator('details').filter({ has: page.locator('summary', { hasText: name }) });
          await fold.locator('summary').click();
          assert.equal(await fold.evaluate((d) => (d as HTMLDetailsElement).open), true, `${name} opens`);
        }
        assert.ok(await block.locator('.story-record code.hash').isVisible(), 'the record shows the hash');
        const source = block.locator('.quote-sources a').first();
        const headline = (await source.innerText()).trim();
        await source.click();
        const target = block.locator('li:target');
        assert.equal(await target.count(), 1, 'the link goes to an entry of "More on this story"');
        assert.equal((await target.locator('a[href^="/"]').innerText()).trim(), headline);
      },
      { javaScriptEnabled: false },
    );
  });
});
