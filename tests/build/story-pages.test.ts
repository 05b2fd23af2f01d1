import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { isStoryPageFile, storyPath } from '../../src/entry/story-path.ts';
import { readEntries, type Entry } from '../support/entries.ts';
import { collapse } from '../support/markup.ts';
import { DIST_DIR } from '../support/static-server.ts';

async function htmlPages(): Promise<string[]> {
  const files = await readdir(DIST_DIR, { recursive: true });
  return files
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

async function parsePage(page: string) {
  return fromHtml(await readFile(join(DIST_DIR, page), 'utf8'));
}

describe('the built site (dist/)', () => {
  let entries: Entry[];
  let pages: string[];

  before(async () => {
    assert.ok(existsSync(join(DIST_DIR, 'index.html')), 'dist/index.html is missing: run `npm run build` first');
    entries = await readEntries();
    pages = await htmlPages();
  });

  test('has exactly one story page per entry, at the URL storyPath gives it', () => {
    assert.ok(entries.length > 0, 'content/articles/ has no entries to check');
    const expected = entries.map((entry) => `${storyPath(entry.data).slice(1)}index.html`);
    assert.equal(new Set(expected).size, expected.length, 'two entries claim the same URL');
    const built = pages.filter(isStoryPageFile);
    assert.deepEqual(built, [...expected].sort());
  });

  test('puts a story dated only to its year at /YYYY/<slug>/, with no page at a day it does not know', () => {
    const yearOnly = entries.find((entry) => entry.file.includes('/001_'))!;
    assert.equal(yearOnly.data.published, '2021');
    assert.ok(existsSync(join(DIST_DIR, '2021', yearOnly.data.slug, 'index.html')));
    assert.ok(
      !existsSync(join(DIST_DIR, '2021', '01')),
      'no January 2021 folder: nothing in the archive is dated to it',
    );
  });

  test("shows each entry's headline as its story page's h1", async () => {
    for (const entry of entries) {
      const page = `${storyPath(entry.data).slice(1)}index.html`;
      const h1s = selectAll('h1', await parsePage(page));
      assert.equal(h1s.length, 1, `${page} has ${h1s.length} h1 elements`);
      assert.equal(collapse(toText(h1s[0]!)), collapse(entry.data.headline), `${page} (from ${entry.file})`);
    }
  });

  test('has a 404 page and a Pagefind bundle for every search shard', () => {
    assert.ok(existsSync(join(DIST_DIR, '404.html')), 'dist/404.html');
    const shards = JSON.parse(readFileSync(join(DIST_DIR, 'search/shards.json'), 'utf8')) as { id: string }[];
    assert.ok(shards.length > 0, 'dist/search/shards.json lists the search shards');
    for (const { id } of shards) assert.ok(existsSync(join(DIST_DIR, `pagefind/${id}/pagefind.js`)), `pagefind/${id}/`);
    assert.ok(existsSync(join(DIST_DIR, 'pagefind/pagefind-highlight.js')), 'dist/pagefind/pagefind-highlight.js');
  });
});
