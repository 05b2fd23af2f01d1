/**
 * Every story can be found by browsing alone: starting from the home page,
 * the date archive, or the topic, person and publication indexes, and
 * following only the links on list pages (never a story's own links), a
 * reader reaches every story that has such a label. Read from the built
 * HTML of the bundled archive and of a made-up one with every page type.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { storyPath } from '../../src/entry/story-path.ts';
import type { Article } from '../../src/entry/article.ts';
import { readEntries } from '../support/entries.ts';
import { useFixtureSite } from '../support/fixture-site.ts';
import { STORY_PATH } from '../support/markup.ts';
import { DIST_DIR } from '../support/static-server.ts';

/** The links in a page's main content, as site paths (the sites here are built at the root). */
function mainLinks(dist: string, path: string): string[] {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  return selectAll('main a[href]', fromHtml(html)).map((a: Element) => String(a.properties.href));
}

/**
 * Breadth-first from `start` over list pages accepted by `isListPage`;
 * returns the story pages linked from them.
 */
function browse(dist: string, start: string, isListPage: (path: string) => boolean): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  const stories = new Set<string>();
  while (queue.length > 0) {
    for (const href of mainLinks(dist, queue.shift()!)) {
      if (STORY_PATH.test(href) && !/\/page\/\d+\/$/.test(href)) stories.add(href);
      else if (href.endsWith('/') && isListPage(href) && !seen.has(href)) {
        seen.add(href);
        queue.push(href);
      }
    }
  }
  return stories;
}

const DATE_LIST = /^\/\d{4}\/(?:\d{2}\/(?:\d{2}\/)?)?(?:page\/\d+\/)?$/;
const under = (prefix: string) => (path: string) => path.startsWith(prefix);

function expectReachable(dist: string, entries: readonly { data: Article }[]) {
  const all = new Set(entries.map((entry) => storyPath(entry.data)));
  const having = (field: 'topics' | 'people' | 'publication') =>
    new Set(entries.filter((entry) => entry.data[field] !== undefined).map((entry) => storyPath(entry.data)));

  assert.deepEqual(
    browse(dist, '/', (path) => /^\/page\/\d+\/$/.test(path)),
    all,
    'from the home page',
  );
  assert.deepEqual(
    browse(dist, '/archive/', (path) => DATE_LIST.test(path)),
    all,
    'from the date archive',
  );
  assert.deepEqual(browse(dist, '/topics/', under('/topics/')), having('topics'), 'from the topics');
  assert.deepEqual(browse(dist, '/people/', under('/people/')), having('people'), 'from the people');
  assert.deepEqual(
    browse(dist, '/publications/', under('/publications/')),
    having('publication'),
    'from the publications',
  );
}

describe('every story reachable by browsing alone', () => {
  const fixture = useFixtureSite();

  test('in the made-up archive, from home, dates, topics, people and publications', () => {
    const { dist, stories } = fixture();
    expectReachable(dist, stories);
    assert.ok(stories.length > 40 && stories.some((s) => s.data.publication));
  });

  test('in the bundled archive', async () => {
    expectReachable(DIST_DIR, await readEntries());
  });
});
