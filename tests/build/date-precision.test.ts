/**
 * Dates shown and stated at their precision in the bundled archive (dist/):
 * story 001 is known only to 2021 (an estimate), story 003 only not to be
 * earlier than 30 November 2020 (an editor's bound).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { storyPath } from '../../src/entry/story-path.ts';
import { readEntries, type Entry } from '../support/entries.ts';
import { collapse } from '../support/markup.ts';
import { DIST_DIR } from '../support/static-server.ts';

const read = (file: string) => readFileSync(join(DIST_DIR, file), 'utf8');
const page = (path: string) => fromHtml(read(`${path.slice(1)}index.html`));

describe('dates at their precision (bundled archive, dist/)', () => {
  let yearOnly: Entry;
  let bounded: Entry;

  before(async () => {
    assert.ok(existsSync(join(DIST_DIR, 'index.html')), 'dist/index.html is missing: run `npm run build` first');
    const entries = await readEntries();
    yearOnly = entries.find((entry) => entry.file.includes('/001_'))!;
    bounded = entries.find((entry) => entry.file.includes('/003_'))!;
    assert.equal(yearOnly.data.published, '2021');
  });

  test('the page of a story known only to 2021 shows "2021 (estimated)" in a <time datetime="2021">', () => {
    const tree = page(storyPath(yearOnly.data));
    const time = select('.story-meta time', tree)!;
    assert.equal(time.properties['dateTime'], '2021');
    const meta = collapse(toText(select('.story-meta', tree)!));
    assert.match(meta, /2021 \(estimated\)/);
    assert.doesNotMatch(meta, /January/);
  });

  test('the page of a story published no earlier than 30 November 2020 shows "On or after November 30, 2020"', () => {
    assert.equal(bounded.data.published, '2020-11-30');
    assert.equal(bounded.data.publishedBound, 'earliest');
    assert.equal(bounded.data.provenance.publishedBound?.method, 'editor');
    const tree = page(storyPath(bounded.data));
    assert.equal(select('.story-meta time', tree)!.properties['dateTime'], '2020-11-30');
    assert.match(collapse(toText(select('.story-meta', tree)!)), /On or after November 30, 2020/);
    const day = page('/2020/11/30/');
    assert.match(collapse(toText(select('main', day)!)), /On or after November 30, 2020/, 'and so does its list');
  });

  test('the RSS item of a story known only to 2021 has no pubDate and a dc:date of 2021', () => {
    const item = read('rss.xml')
      .split('<item>')
      .find((xml) => xml.includes(`${storyPath(yearOnly.data)}</link>`));
    assert.ok(item, 'no RSS item for story 001');
    assert.doesNotMatch(item, /<pubDate>/);
    assert.match(item, /<dc:date>2021<\/dc:date>/);
  });

  test('the JSON Feed item of a story known only to 2021 has no date_published, and _archive.published "2021"', () => {
    const feed = JSON.parse(read('feed.json')) as { items: Record<string, unknown>[] };
    const item = feed.items.find((i) => String(i['url']).endsWith(storyPath(yearOnly.data)));
    assert.ok(item, 'no JSON Feed item for story 001');
    assert.equal(item['date_published'], undefined);
    assert.deepEqual(item['_archive'], { published: '2021' });
  });

  test('the JSON-LD and OpenGraph of a story known only to 2021 say "2021"', () => {
    const tree = page(storyPath(yearOnly.data));
    const blocks = selectAll('script[type="application/ld+json"]', tree).map((s) => JSON.parse(toText(s)));
    const article = blocks.find((block) => block['@type'] === 'NewsArticle');
    assert.equal(article?.['datePublished'], '2021');
    const publishedTime = select('meta[property="article:published_time"]', tree)?.properties['content'];
    assert.equal(publishedTime, '2021');
  });

  test('the date archive shows 2021, whose one story is dated only to the year, as that: no months', () => {
    const overview = page('/archive/');
    const year = selectAll('.archive-year', overview).find((section) => select('#year-2021', section))!;
    assert.equal(selectAll('.month-grid li', year).length, 0, 'no month of 2021 has a story');
    assert.equal(collapse(toText(select('.year-only', year)!)), '1 story dated only to 2021, with no month.');
    assert.equal(
      selectAll(
        '.month-grid li',
        selectAll('.archive-year', overview).find((s) => select('#year-2020', s))!,
      ).length,
      12,
    );
  });
});
