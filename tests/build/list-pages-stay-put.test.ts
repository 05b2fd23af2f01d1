/**
 * Lists that stay put: the made-up archive built twice from scratch, the
 * second time with one story more, newer than all the others. Every
 * numbered list page keeps its bytes, but for the "newer" link of a list's
 * newest numbered page when the new story numbers a page after it; of the
 * topic, person and publication pages, only the front pages of the lists
 * the story joins change.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { archive } from '../../src/entry/config.ts';
import { numberedPageCount } from '../../src/lib/pagination.ts';
import { buildSite } from '../support/build-site.ts';
import { fixtureStories, writeFixtureArchive, type FixtureStory } from '../support/fixture-archive.ts';
import { listHtmlFiles } from '../support/html-files.ts';
import { collapse } from '../support/markup.ts';

/** One story short of a fourth full page on the home list, so the added story numbers page 3. */
const STORIES = archive.pageSize * 4 - 1;
const NUMBERED = /^(.*?)page\/(\d+)\/index\.html$/;
const TERM_FRONT = /^(?:topics|people|publications)\/[^/]+\/index\.html$/;

/** A story newer than every other, with the topics, people and publication of `base`. */
function newestStory(base: FixtureStory): FixtureStory {
  const source = { ...base.data.source, path: 'content/sources/story-added.txt' };
  const data = { ...base.data, headline: 'Added story', slug: 'added-story', published: '2022-01-05', source };
  return { ...base, file: 'story-added.md', data };
}

describe('adding the newest story to the made-up archive', { timeout: 600_000 }, () => {
  const folders: string[] = [];
  let withoutIt: string;
  let withIt: string;
  before(() => {
    const stories = fixtureStories(STORIES);
    const sites = [stories, [...stories, newestStory(stories[1]!)]].map((list) => {
      const contentDir = writeFixtureArchive(list);
      const dist = buildSite({ contentDir });
      folders.push(contentDir, dist);
      return dist;
    });
    [withoutIt, withIt] = sites as [string, string];
  });
  after(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  const read = (dist: string, file: string) => readFileSync(join(dist, file), 'utf8');

  test('numbers a new page on the home list, after the ones it had', () => {
    assert.equal(numberedPageCount(STORIES, archive.pageSize), 2);
    assert.ok(!existsSync(join(withoutIt, 'page/3/index.html')));
    assert.ok(existsSync(join(withIt, 'page/3/index.html')));
  });

  test('every numbered page keeps its bytes, but for the newer link of the one a page was numbered after', () => {
    const numbered = listHtmlFiles(withoutIt).filter((file) => NUMBERED.test(file));
    assert.ok(numbered.length >= 4, `numbered pages: ${numbered.join(', ')}`);
    const changed: string[] = [];
    for (const file of numbered) {
      const [was, is] = [read(withoutIt, file), read(withIt, file)];
      if (was === is) continue;
      changed.push(file);
      const [, list, n] = NUMBERED.exec(file)!;
      const next = `${list}page/${Number(n) + 1}/index.html`;
      assert.ok(
        !existsSync(join(withoutIt, next)) && existsSync(join(withIt, next)),
        `${file} changed, and no page was numbered after it`,
      );
      const newer = (target: string) => `href="${target}" rel="prev"`;
      assert.equal(is, was.replace(newer(`/${list}`), newer(`/${next.replace(/index\.html$/, '')}`)), file);
    }
    assert.deepEqual(changed, ['page/2/index.html']);
  });

  test('of the topic, person and publication pages, only the front pages of its own lists change', () => {
    const changed = listHtmlFiles(withoutIt)
      .filter((file) => TERM_FRONT.test(file))
      .filter((file) => read(withoutIt, file) !== read(withIt, file));
    assert.deepEqual(changed, [
      'people/tom-becker/index.html',
      'publications/harbor-times/index.html',
      'topics/elections/index.html',
    ]);
  });

  test('a numbered date page says what it holds and links to its front page, not to other periods', () => {
    const tree = fromHtml(read(withoutIt, '2020/page/1/index.html'));
    assert.equal(collapse(toText(select('h1', tree)!)), '2020 Page 1');
    assert.match(collapse(toText(select('main p.lede', tree)!)), /^20 stories from .+ to .+, newest first\.$/);
    const hrefs = (selector: string) => selectAll(selector, tree).map((a) => String(a.properties.href));
    assert.deepEqual(hrefs('nav.breadcrumbs a'), ['/', '/archive/', '/2020/']);
    assert.deepEqual(hrefs('.period-children a, .period-adjacent a'), []);
    assert.ok(hrefs('nav.pagination a').includes('/2020/'));
  });
});
