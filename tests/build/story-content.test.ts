import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { archive } from '../../src/entry/config.ts';
import { datetimeAttribute } from '../../src/lib/format-date.ts';
import { parsePublished } from '../../src/entry/published-date.ts';
import { storyPath } from '../../src/entry/story-path.ts';
import { readEntries, type Entry } from '../support/entries.ts';
import { collapse } from '../support/markup.ts';
import { DIST_DIR } from '../support/static-server.ts';

type Page = ReturnType<typeof fromHtml>;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const textOf = (page: Page, selector: string) => {
  const node = select(selector, page);
  return node ? collapse(toText(node)) : undefined;
};

describe('what each story page shows', () => {
  let stories: { entry: Entry; page: Page }[];

  before(async () => {
    const entries = await readEntries();
    stories = await Promise.all(
      entries.map(async (entry) => ({
        entry,
        page: fromHtml(await readFile(join(DIST_DIR, storyPath(entry.data), 'index.html'), 'utf8')),
      })),
    );
  });

  test('the headline, and the dek where the entry has one', () => {
    for (const { entry, page } of stories) {
      assert.equal(textOf(page, 'article h1'), entry.data.headline, entry.file);
      assert.equal(textOf(page, 'article .story-header .dek'), entry.data.dek, entry.file);
    }
  });

  test('the date in <time datetime>, as precise as the entry says, marked where it is an estimate', () => {
    for (const { entry, page } of stories) {
      const parsed = parsePublished(entry.data.published!);
      assert.ok(parsed.ok);
      const time = select('article .story-meta time', page);
      assert.equal(time?.properties['dateTime'], datetimeAttribute(parsed.date), entry.file);
      const isEstimate = entry.data.provenance.published?.method === 'inferred';
      assert.equal(textOf(page, 'article .story-meta .estimate'), isEstimate ? '(estimated)' : undefined, entry.file);
    }
    assert.ok(
      stories.some(({ entry }) => entry.data.provenance.published?.method === 'inferred'),
      'the bundled archive has an estimated date to show',
    );
  });

  test('the byline where the entry names authors, and the reading time', () => {
    for (const { entry, page } of stories) {
      const authors = entry.data.authors;
      const byline = authors && `By ${new Intl.ListFormat(archive.locale, { type: 'conjunction' }).format(authors)}`;
      assert.equal(textOf(page, 'article .byline'), byline, entry.file);
      assert.match(textOf(page, 'article .reading-time') ?? '', /^\d+ min read$/, entry.file);
    }
  });

  test('every attributed quote, caption and subheading of the entry, styled as such', () => {
    for (const { entry, page } of stories) {
      const body = select('article .story-body', page);
      assert.ok(body, entry.file);
      assert.equal(selectAll('figure.attributed-quote', body).length, count(entry.body, /^:::quote\{/gm), entry.file);
      assert.equal(
        selectAll('figure.attributed-quote figcaption cite', body).length,
        count(entry.body, /^:::quote\{/gm),
      );
      assert.equal(selectAll('figure.media-caption', body).length, count(entry.body, /^:::caption\{/gm), entry.file);
      assert.equal(selectAll('h2', body).length, count(entry.body, /^## /gm), entry.file);
    }
  });

  test("where the date was estimated or set by an editor, the record says why, in the entry's words", () => {
    for (const { entry, page } of stories) {
      const { method, evidence } = entry.data.provenance.published!;
      const record = textOf(page, 'details.story-record') ?? '';
      assert.ok(record.includes(entry.data.source.path), entry.file);
      if (method === 'inferred' || method === 'editor') assert.ok(evidence && record.includes(evidence), entry.file);
    }
  });
});
