/**
 * Story threads and linked quotes in the bundled archive (dist/): the five
 * articles are five outlets' coverage of one event, and share quotes.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { storyPath } from '../../src/entry/story-path.ts';
import { readEntries, type Entry } from '../support/entries.ts';
import { DIST_DIR } from '../support/static-server.ts';

async function page(path: string) {
  const file = join(DIST_DIR, path, 'index.html');
  assert.ok(existsSync(file), `${path} was not built`);
  return fromHtml(await readFile(file, 'utf8'));
}

const text = (node: Parameters<typeof toText>[0] | undefined) => (node ? toText(node).replace(/\s+/g, ' ').trim() : '');
const hrefs = (nodes: readonly { properties: { href?: unknown } }[]) => nodes.map((a) => String(a.properties.href));

describe('story threads in the bundled archive', () => {
  let entries: Entry[];
  let earliestFirst: Entry[];
  let threadPath: string;

  before(async () => {
    assert.ok(existsSync(join(DIST_DIR, 'index.html')), 'dist/index.html is missing: run `npm run build` first');
    entries = await readEntries();
    earliestFirst = [...entries].sort((a, b) => a.data.published!.localeCompare(b.data.published!));
    const index = await page('/threads/');
    const links = hrefs(selectAll('.thread-index a', index));
    assert.equal(links.length, 1, `expected one thread, found ${links.join(', ')}`);
    threadPath = links[0]!;
  });

  test('the five articles form one thread, listed on /threads/ with its count', async () => {
    const index = await page('/threads/');
    assert.match(text(select('.thread-index li', index)), /5 stories/);
    assert.equal(entries.length, 5);
  });

  test('the thread page shows a title and summary, the timeline in date order, and the people linked', async () => {
    const thread = await page(threadPath);
    assert.equal(text(select('h1', thread)), earliestFirst[0]!.data.headline);
    assert.ok(text(select('.lede', thread)).length > 40, 'no summary');
    const items = selectAll('.thread-timeline li', thread);
    assert.deepEqual(
      items.map((li) => String(select('a', li)?.properties.href)),
      earliestFirst.map((entry) => storyPath(entry.data)),
    );
    const datetimes = items.map((li) => String(select('time', li)?.properties.dateTime));
    assert.deepEqual(datetimes, [...datetimes].sort());
    const people = hrefs(selectAll('.thread-people a', thread));
    assert.ok(people.includes('/people/chrissy-teigen/') && people.includes('/people/john-legend/'), people.join());
  });

  test('each story shows its thread in order, linking the thread and the previous and next story in it', async () => {
    for (const [i, entry] of earliestFirst.entries()) {
      const story = await page(storyPath(entry.data));
      const section = select('.more-on-story .story-thread', story);
      assert.ok(section, `${entry.data.slug} has no thread in "More on this story"`);
      assert.equal(
        String(select('a[data-pagefind-filter="thread"]', section)?.properties.href),
        threadPath,
        'the thread link is the search filter',
      );
      const rows = selectAll('.thread-timeline > li', section);
      assert.deepEqual(
        rows.map((li) => String(select('a[href^="/20"]', li)?.properties.href ?? 'this story')),
        earliestFirst.map((other, j) => (j === i ? 'this story' : storyPath(other.data))),
        `${entry.data.slug}: the thread's stories in date order, this one in its place and not linked`,
      );
      assert.equal(text(select('[aria-current="page"]', rows[i])), 'This story');
      const marked = (words: string) =>
        rows.filter((li) => text(select('.timeline-relation', li)).startsWith(words)).map((li) => rows.indexOf(li));
      assert.deepEqual(marked('Previous in this thread'), i > 0 ? [i - 1] : []);
      assert.deepEqual(marked('Next in this thread'), i < earliestFirst.length - 1 ? [i + 1] : []);
    }
  });
});

describe('linked quotes in the bundled archive', () => {
  test('"He hated it. I could tell" is linked across every article that carries it', async () => {
    const entries = await readEntries();
    const carriers = entries.filter((entry) => /He hated it\. I could tell/u.test(entry.body));
    assert.ok(carriers.length >= 3, `only ${carriers.length} articles carry the quote`);
    for (const entry of carriers) {
      const story = await page(storyPath(entry.data));
      const item = selectAll('.shared-quotes > li', story).find((li) =>
        text(select('blockquote', li)).startsWith('He hated it. I could tell'),
      );
      assert.ok(item, `${entry.data.slug} does not show the quote as shared`);
      assert.match(text(item), new RegExp(`This quote appears in ${carriers.length} stories`));
      // Each source points to its entry in "More on this story", which links the story.
      const others = carriers.filter((other) => other !== entry).map((other) => storyPath(other.data));
      const sources = hrefs(selectAll('.quote-sources a', item)).map((href) => {
        assert.match(href, /^#more-/, 'a source links within the page');
        const target = select(`.more-on-story li[id="${href.slice(1)}"]`, story);
        assert.ok(target, `${entry.data.slug}: ${href} is not an entry of "More on this story"`);
        return String(select('a[href^="/20"]', target)?.properties.href);
      });
      assert.deepEqual(sources.sort(), others.sort());
    }
  });

  test("Chrissy Teigen's page lists the quotes attributed to her, with the stories each appears in", async () => {
    const person = await page('/people/chrissy-teigen/');
    const items = selectAll('.person-quotes .shared-quotes > li', person);
    assert.ok(items.length >= 3, `${items.length} quotes`);
    const hated = items.find((li) => text(select('blockquote', li)).startsWith('He hated it. I could tell'));
    assert.ok(hated, 'the "He hated it" quote is not on her page');
    assert.equal(selectAll('.quote-sources a', hated).length, 3);
  });
});
