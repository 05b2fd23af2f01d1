/**
 * A filter with many values (here 15 people, one story each, more for a few)
 * shows the twelve with the most stories, and the rest on request, by
 * keyboard too.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, test } from 'node:test';
import { useSite } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { fixtureStories, writeFixtureArchive } from '../support/fixture-archive.ts';

const PEOPLE = Array.from({ length: 15 }, (_, i) => `Person ${String.fromCharCode(65 + i)} Example`);

let built: { dist: string; contentDir: string } | undefined;
function dist(): string {
  if (!built) {
    // Person A Example is in three stories, B in two, the rest in one: the short list is A, B and ten of the others.
    const stories = fixtureStories(18).map((story, i) => ({
      ...story,
      data: {
        ...story.data,
        people: [PEOPLE[i < 15 ? i : i === 15 ? 1 : 0]!],
        provenance: { ...story.data.provenance, people: { method: 'editor' as const, evidence: 'test' } },
      },
    }));
    const contentDir = writeFixtureArchive(stories);
    built = { contentDir, dist: buildSite({ contentDir }) };
  }
  return built.dist;
}
after(() => {
  if (!built) return;
  rmSync(built.dist, { recursive: true, force: true });
  rmSync(built.contentDir, { recursive: true, force: true });
});
const site = useSite(dist);

test('a long filter shows the values with most stories first, and "All 15 people" shows the rest, A to Z', async () => {
  await site.withPage(async (page) => {
    await page.goto('/search/');
    await page.getByText('Filter by date, publication, topic or person').click();
    const people = page.getByRole('group', { name: 'Person' });
    await people.getByRole('checkbox').first().waitFor();
    const short = await people
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    assert.equal(short.length, 12);
    assert.deepEqual(short.slice(0, 2), ['Person A Example', 'Person B Example']);
    const all = people.getByRole('button', { name: 'All 15 people' });
    await all.focus();
    await page.keyboard.press('Enter');
    await people.getByRole('checkbox').nth(14).waitFor();
    const every = await people
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    assert.deepEqual(every, [...PEOPLE].sort());
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement).value), 'Person A Example');
    assert.equal(await people.getByRole('button').count(), 0);
  });
});

test('the focus stays on "All 15 people" while the filters are drawn again with new counts', async () => {
  await site.withPage(async (page) => {
    await page.goto('/search/');
    await page.getByText('Filter by date, publication, topic or person').click();
    const people = page.getByRole('group', { name: 'Person' });
    const ticked = people.getByRole('checkbox', { name: /Person C Example/ });
    await ticked.check();
    await page.waitForURL(/Person\+C\+Example|Person%20C%20Example/);
    // Back undoes the tick: the page searches again and draws the filters anew, counts and all.
    const all = people.getByRole('button', { name: 'All 15 people' });
    await all.focus();
    await all.evaluate((button) => button.setAttribute('data-drawn-before', ''));
    await page.goBack();
    await page.waitForFunction(() => {
      const button = document.querySelector('button[data-show-all="person"]');
      const box = document.querySelector<HTMLInputElement>('input[type="checkbox"][value="Person C Example"]');
      return button !== null && !button.hasAttribute('data-drawn-before') && box !== null && !box.checked;
    });
    assert.equal(
      await page.evaluate(() => document.activeElement?.textContent),
      'All 15 people',
      'the focus is where the reader left it',
    );
  });
});
