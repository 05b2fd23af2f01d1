/**
 * Undated stories, built: the made-up archive with two stories whose
 * sources give no date. Each has a page at /undated/<slug>/ that says
 * "Undated" where the date would be, the date archive links to the list of
 * them, the sitemap proposes them, their JSON-LD claims no date, the
 * oldest search shard indexes them, and reconciliation counts them. They
 * are in no year of the date archive and in no feed (feeds are by date).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readSearchRecords } from '../../src/build/reconcile-inputs.ts';
import { reconcileSite } from '../../src/build/reconcile-site.ts';
import { storyPath } from '../../src/entry/story-path.ts';
import { UNDATED_FIXTURE_STORIES } from '../support/fixture-archive.ts';
import { useFixtureSite } from '../support/fixture-site.ts';
import { collapse } from '../support/markup.ts';

const fixture = useFixtureSite({ withUndated: true });
const [zeppelin, almanac] = UNDATED_FIXTURE_STORIES as [
  (typeof UNDATED_FIXTURE_STORIES)[number],
  (typeof UNDATED_FIXTURE_STORIES)[number],
];

function read(path: string): string {
  return readFileSync(join(fixture().dist, path, 'index.html'), 'utf8');
}
const page = (path: string): Root => fromHtml(read(path));
const text = (tree: Root, selector: string) =>
  collapse(toText(select(selector, tree) ?? { type: 'root', children: [] }));

describe('an undated story', { timeout: 600_000 }, () => {
  test('has its own page at /undated/<slug>/, with its headline and "Undated" where the date would be, in no <time>', () => {
    assert.equal(storyPath(zeppelin.data), '/undated/zeppelin-sighting/');
    const tree = page('undated/zeppelin-sighting');
    assert.equal(text(tree, 'article[data-pagefind-body] h1'), zeppelin.data.headline);
    assert.equal(text(tree, 'article .story-meta .undated'), 'Undated');
    assert.ok(!select('article .story-meta time', tree), 'no <time> for a date it does not have');
    assert.match(text(tree, 'article .story-body'), /quillwort-green zeppelin/);
    assert.match(text(tree, '.cite-story'), /Published Undated/);
    assert.match(text(tree, '.story-record'), /gives no date/);
    // Breadcrumbs through the date archive's undated list, not a year.
    const crumbs = selectAll('nav[aria-label="Breadcrumb"] a', tree).map((a) => a.properties['href']);
    assert.ok(crumbs.includes('/undated/'), `breadcrumbs: ${crumbs.join(', ')}`);
  });

  test('its page claims no date: no datePublished in JSON-LD, no article:published_time, no Pagefind date sort', () => {
    const tree = page('undated/zeppelin-sighting');
    const blocks = selectAll('script[type="application/ld+json"]', tree).map((s) => JSON.parse(toText(s)));
    const article = blocks.find((block) => block['@type'] === 'NewsArticle');
    assert.ok(article, 'a NewsArticle block');
    assert.equal(article.headline, zeppelin.data.headline);
    assert.ok(!('datePublished' in article), JSON.stringify(article));
    assert.ok(!select('meta[property="article:published_time"]', tree));
    const body = select('article[data-pagefind-body]', tree)!;
    assert.equal(body.properties['dataPagefindSort'], undefined);
    assert.equal(body.properties['dataPagefindFilter'], undefined);
  });

  test('the date archive links to /undated/, which lists every undated story by headline, and no year lists them', () => {
    const archivePage = page('archive');
    assert.ok(select('a[href="/undated/"]', archivePage), 'the archive index links to /undated/');
    assert.match(text(archivePage, 'main p.lede'), /^\d+ stories in 3 years, and 2 stories without a date\.$/);
    assert.equal(text(archivePage, 'h2#undated a'), 'Undated');
    const list = page('undated');
    assert.equal(text(list, 'h1'), 'Undated stories');
    assert.deepEqual(
      selectAll('main ol.story-list > li a[href]', list).map((a) => a.properties['href']),
      ['/undated/lighthouse-almanac/', '/undated/zeppelin-sighting/'],
      'by headline: "Almanac…" before "Zeppelin…"',
    );
    assert.match(text(list, 'main ol.story-list'), /^Undated/);
    for (const year of ['2019', '2020', '2021']) {
      for (const dir of [year, ...readdirSync(join(fixture().dist, year)).map((m) => `${year}/${m}`)]) {
        const html = existsSync(join(fixture().dist, dir, 'index.html')) ? read(dir) : '';
        assert.ok(!html.includes('/undated/zeppelin-sighting/'), `${dir} lists an undated story`);
      }
    }
  });

  test('the sitemap proposes both undated pages and the list of them', () => {
    const sitemaps = readdirSync(fixture().dist)
      .filter((file) => /^sitemap-\d+\.xml$/.test(file))
      .map((file) => readFileSync(join(fixture().dist, file), 'utf8'))
      .join('\n');
    for (const path of ['/undated/', '/undated/zeppelin-sighting/', '/undated/lighthouse-almanac/']) {
      assert.match(sitemaps, new RegExp(`<loc>[^<]*${path}</loc>`), path);
    }
  });

  test('feeds, which are in date order, leave undated stories out', () => {
    for (const feed of ['rss.xml', 'feed.json', 'topics/flooding/rss.xml']) {
      const file = join(fixture().dist, feed);
      assert.ok(existsSync(file), feed);
      assert.ok(!readFileSync(file, 'utf8').includes('/undated/'), `${feed} carries an undated story`);
    }
  });

  test('no neighbours by date, and no dated story has it as a neighbour or a related story', () => {
    const tree = page('undated/zeppelin-sighting');
    assert.ok(!select('.more-on-story a[rel="prev"], .more-on-story a[rel="next"]', tree));
    for (const year of ['2019', '2020', '2021']) {
      const files = readdirSync(join(fixture().dist, year), { recursive: true }) as string[];
      for (const file of files.filter((f) => /^\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(f))) {
        const html = readFileSync(join(fixture().dist, year, file), 'utf8');
        assert.ok(!html.includes('/undated/zeppelin-sighting/'), `${year}/${file} links to the undated story`);
      }
    }
  });

  test('the oldest search shard indexes both, and reconciliation counts them as their sources’ entries', async () => {
    const { dist, contentDir, stories } = fixture();
    const shards = readdirSync(join(dist, 'pagefind'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'vocabulary')
      .map((d) => d.name)
      .sort();
    assert.deepEqual(shards, ['2019', '2020', '2021'], 'three shards, so the undated stories go with one of them');
    const records = await readSearchRecords(dist, '/');
    for (const story of [zeppelin, almanac]) {
      assert.equal(records.filter((r) => r === storyPath(story.data)).length, 1, story.data.slug);
    }
    const oldest = readdirSync(join(dist, 'pagefind', '2019', 'fragment')).length;
    const dated2019 = stories.filter((s) => s.data.published?.startsWith('2019')).length;
    assert.equal(oldest, dated2019 + 2, 'the 2019 shard holds its year and the undated stories');
    const n = stories.length;
    assert.equal(
      await reconcileSite(dist, '/', contentDir),
      `${n} sources → ${n} entries → ${n} story pages → ${n} search records`,
    );
  });
});
