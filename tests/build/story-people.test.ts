/**
 * The people of each story in the bundled archive (dist/), as its page and
 * the person pages list them: the five articles are one thread about Chrissy
 * Teigen and John Legend's son Jack, and only one of them names him in full.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { storyPath } from '../../src/entry/story-path.ts';
import { readEntries, type Entry } from '../support/entries.ts';
import { DIST_DIR } from '../support/static-server.ts';

async function page(path: string) {
  const file = join(DIST_DIR, path, 'index.html');
  assert.ok(existsSync(file), `${path} was not built`);
  return fromHtml(await readFile(file, 'utf8'));
}

async function listedStories(personPath: string): Promise<string[]> {
  const tree = await page(personPath);
  return selectAll('main ol.story-list > li a[href]', tree)
    .map((a) => String(a.properties.href))
    .sort();
}

describe('people of the stories in the bundled archive', () => {
  let entries: Entry[];
  const pathOf = (source: string) => storyPath(entries.find((entry) => entry.file.includes(source))!.data);

  before(async () => {
    assert.ok(existsSync(join(DIST_DIR, 'index.html')), 'dist/index.html is missing: run `npm run build` first');
    entries = await readEntries();
    assert.equal(entries.length, 5);
  });

  test("Jack Stephens's page lists all five stories: one names him in full, its thread's others call him Jack", async () => {
    assert.deepEqual(
      await listedStories('/people/jack-stephens/'),
      entries.map((entry) => storyPath(entry.data)).sort(),
    );
  });

  test("Luna Simone's and Miles Theodore's pages list the three stories that name them, in full or as Luna and Miles", async () => {
    const naming = ['000_', '002_', '004_'].map(pathOf).sort();
    assert.deepEqual(await listedStories('/people/luna-simone/'), naming);
    assert.deepEqual(await listedStories('/people/miles-theodore/'), naming);
  });

  test('the story quoting 25 tweets lists their authors among its people, each with a page naming it', async () => {
    const path = pathOf('002_');
    const people = selectAll('dl.story-terms a[data-pagefind-filter="person"]', await page(path)).map((a) =>
      toText(a).trim(),
    );
    for (const name of ['Kamala Harris', 'Hillary Clinton', 'Rachel Zegler', 'Jack Stephens', 'Chrissy Teigen']) {
      assert.ok(people.includes(name), `${name} is not among ${people.join(', ')}`);
    }
    assert.equal(people.filter((name) => name.toLowerCase() === 'chrissy teigen').length, 1);
    assert.deepEqual(await listedStories('/people/kamala-harris/'), [path]);
  });

  test('a story of many people shows the first eight, those its text names, and folds the rest', async () => {
    const tree = await page(pathOf('002_'));
    const shown = selectAll('dl.story-terms dd > ul a[data-pagefind-filter="person"]', tree).map((a) =>
      toText(a).trim(),
    );
    const folded = selectAll('dl.story-terms dd > details > ul a[data-pagefind-filter="person"]', tree);
    assert.equal(shown.length, 8);
    assert.deepEqual(shown.slice(0, 2), ['Chrissy Teigen', 'John Legend']);
    assert.ok(!shown.includes('Kamala Harris'), 'a quoted person is folded, after the people the story names');
    const summary = selectAll('dl.story-terms details > summary', tree).map((node) => toText(node).trim());
    assert.deepEqual(summary, [`${folded.length} more people`]);
  });
});
