/**
 * "More on this story" in the bundled archive (dist/): after the story, one
 * block that links every other story once, with the quotes, the citation
 * and the record folded (issue 24, point 7). Its height on a phone is
 * measured in tests/browser/story-first.test.ts.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { storyPath } from '../../src/entry/story-path.ts';
import { readEntries, type Entry } from '../support/entries.ts';
import { collapse } from '../support/markup.ts';
import { DIST_DIR } from '../support/static-server.ts';

const page = (path: string): Root => {
  const file = join(DIST_DIR, path, 'index.html');
  assert.ok(existsSync(file), `${path} was not built`);
  return fromHtml(readFileSync(file, 'utf8'));
};
const hrefs = (nodes: readonly Element[]) => nodes.map((a) => String(a.properties.href));
const text = (node: Element | undefined) => (node ? collapse(toText(node)) : '');

/** How often each href appears among `links`. */
function counts(links: readonly string[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const href of links) count.set(href, (count.get(href) ?? 0) + 1);
  return count;
}

describe('"More on this story" on every bundled story', () => {
  let entries: Entry[];

  before(async () => {
    assert.ok(existsSync(join(DIST_DIR, 'index.html')), 'dist/index.html is missing: run `npm run build` first');
    entries = await readEntries();
    assert.ok(entries.length > 1, 'the bundled archive has stories to link to each other');
  });

  test('links every other story exactly once, and the story itself only as the citation’s address', () => {
    for (const entry of entries) {
      const path = storyPath(entry.data);
      const tree = page(path);
      const block = select('main section.more-on-story', tree);
      assert.ok(block, `${path}: no "More on this story"`);
      assert.equal(text(select('h2', block)), 'More on this story');
      const others = entries.filter((other) => other !== entry).map((other) => storyPath(other.data));
      const inBlock = counts(hrefs(selectAll('a[href]', block)));
      for (const other of others)
        assert.equal(inBlock.get(other), 1, `${path}: ${other} linked ${inBlock.get(other) ?? 0} times`);
      assert.deepEqual(
        hrefs(selectAll('a[href]', block)).filter((href) => href === path),
        hrefs(selectAll('.cite-story a[href]', block)),
        `${path} links to itself outside its citation`,
      );
      // Nowhere else on the page either: the block is the one place stories are linked.
      const onPage = counts(hrefs(selectAll('main a[href]', tree)));
      for (const other of others)
        assert.equal(onPage.get(other), 1, `${path}: ${other} linked ${onPage.get(other)} times on the page`);
    }
  });

  test('comes after the story, and folds the quotes, the citation and the record, closed', () => {
    for (const entry of entries) {
      const path = storyPath(entry.data);
      const main = select('main', page(path))!;
      const children = main.children.filter((node): node is Element => node.type === 'element');
      const article = children.findIndex((node) => node.tagName === 'article');
      const block = children.findIndex((node) =>
        (node.properties.className as string[] | undefined)?.includes('more-on-story'),
      );
      assert.ok(article >= 0 && block > article, `${path}: the story, then "More on this story"`);
      assert.deepEqual(
        children.slice(block + 1).map((node) => node.tagName),
        children.slice(block + 1).map(() => 'script'),
        `${path}: nothing shown after it`,
      );
      const folds = selectAll('.more-on-story details', main);
      const summaries = folds.map((details) => text(select('summary', details)));
      for (const name of ['Cite this story', 'About this record']) {
        assert.ok(summaries.includes(name), `${path}: "${name}" is not folded (${summaries.join(' | ')})`);
      }
      assert.equal(
        summaries.some((summary) => summary.startsWith('Quotes in other coverage')),
        select('.shared-quotes', main) !== undefined,
        `${path}: the shared quotes are not folded`,
      );
      for (const details of folds) assert.equal(details.properties.open, undefined, `${path}: a fold is open`);
      // Folded, not gone: the citation and the record are on the page.
      assert.match(text(select('details.cite-story .citation', main)), /Accessed the date you read it\.$/);
      assert.match(text(select('details.story-record', main)), /SHA-256/);
    }
  });
});
