/**
 * What the browse pages say, read from the built HTML of the made-up
 * archive: counts, links up, down and across the date archive, stable page
 * URLs, and a story's neighbours, related stories, citation and raw source.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { archive } from '../../src/entry/config.ts';
import { numberedPageCount } from '../../src/lib/pagination.ts';
import { relatedStories } from '../../src/lib/related-stories.ts';
import { toStories } from '../../src/lib/story.ts';
import { storyPath } from '../../src/entry/story-path.ts';
import type { Article } from '../../src/entry/article.ts';
import { useFixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import { collapse, STORY_PATH } from '../support/markup.ts';

const fixture = useFixtureSite();
let site: FixtureSite;
before(() => {
  site = fixture();
});

function page(path: string): Root {
  const file = join(site.dist, path, 'index.html');
  assert.ok(existsSync(file), `${path} was built`);
  return fromHtml(readFileSync(file, 'utf8'));
}
const text = (tree: Root, selector: string) =>
  collapse(toText(select(selector, tree) ?? { type: 'root', children: [] }));
const hrefs = (tree: Root, selector: string) =>
  selectAll(selector, tree).map((element: Element) => String(element.properties.href));
const storyLinks = (tree: Root) => hrefs(tree, 'main ol.story-list > li a[href]');

describe('date archive pages', () => {
  test('a year lists its months with their counts, and links up to the overview', () => {
    const year = page('/2021/');
    assert.equal(text(year, 'h1'), '2021');
    const months = selectAll('.period-children li', year).map((li) => collapse(toText(li)));
    assert.ok(months.length > 1, `months listed: ${months.join(' | ')}`);
    for (const month of selectAll('.period-children a', year)) {
      const path = String(month.properties.href);
      const count = Number(/^(\d+) stor/.exec(text(page(path), 'main p.lede'))?.[1]);
      const listed = months.find((m) => m.startsWith(collapse(toText(month))));
      assert.match(listed ?? '', new RegExp(`${count} stor`), `${path}: the count on the year page matches`);
    }
    assert.deepEqual(hrefs(year, 'nav.breadcrumbs a'), ['/', '/archive/']);
  });

  test('a day lists its stories, links up to its month and year, and across to the nearest days with stories', () => {
    const day = page('/2021/03/14/');
    assert.equal(text(day, 'h1'), 'March 14, 2021');
    // Two stories dated that day, and one at 01:30 UTC on the 15th: still the 14th in New York.
    assert.deepEqual(storyLinks(day).sort(), [
      '/2021/03/14/story-010/',
      '/2021/03/14/story-011/',
      '/2021/03/14/story-012/',
    ]);
    assert.deepEqual(hrefs(day, 'nav.breadcrumbs a'), ['/', '/archive/', '/2021/', '/2021/03/']);
    const across = hrefs(day, 'nav.period-adjacent a');
    assert.equal(across.length, 2);
    for (const path of across) assert.match(path, /^\/\d{4}\/\d{2}\/\d{2}\/$/);
  });

  test('exist only where stories exist', () => {
    assert.equal(existsSync(join(site.dist, '2021/03/13/index.html')), false);
    assert.equal(existsSync(join(site.dist, '2018/index.html')), false);
  });

  test('a year-only date is listed in its year, marked, and on no month page', () => {
    const year = page('/2019/');
    assert.match(text(year, 'main'), /1 story is dated only to 2019, with no month/);
    const yearOnly = site.stories.find((s) => s.data.published === '2019')!;
    const path = storyPath(yearOnly.data);
    assert.ok(
      [
        year,
        ...[1, 2].flatMap((n) =>
          existsSync(join(site.dist, `2019/page/${n}/index.html`)) ? [page(`/2019/page/${n}/`)] : [],
        ),
      ]
        .flatMap(storyLinks)
        .includes(path),
    );
  });

  test('the overview shows every year as twelve months with counts that add up to the archive', () => {
    const overview = page('/archive/');
    const cells = selectAll('.month-grid li', overview);
    assert.equal(cells.length % 12, 0);
    const monthCounts = selectAll('.month-grid a .count', overview).map((count) => Number(toText(count)));
    const yearCounts = selectAll('.archive-year h2 .count', overview).map((count) => Number(/\d+/.exec(toText(count))));
    const yearOnlyOrMonthless = site.stories.filter((s) => /^\d{4}$/.test(s.data.published!)).length;
    assert.equal(
      monthCounts.reduce((a, b) => a + b, 0),
      site.stories.length - yearOnlyOrMonthless,
    );
    assert.equal(
      yearCounts.reduce((a, b) => a + b, 0),
      site.stories.length,
    );
  });
});

/** The pages of a list, front page first, then its numbered pages from the newest (m) down to page 1. */
function listPages(listPath: string, stories: number): string[] {
  const numbered = numberedPageCount(stories, archive.pageSize);
  return [listPath, ...Array.from({ length: numbered }, (_, index) => `${listPath}page/${numbered - index}/`)];
}

describe('pagination', () => {
  test('home: numbered pages count from the oldest story, the front page holds the newest rest, and each links its neighbours', () => {
    const count = numberedPageCount(site.stories.length, archive.pageSize);
    assert.ok(count >= 1);
    assert.equal(existsSync(join(site.dist, 'page/0/index.html')), false);
    assert.equal(existsSync(join(site.dist, `page/${count + 1}/index.html`)), false);
    const front = page('/');
    assert.equal(storyLinks(front).length, site.stories.length - archive.pageSize * count);
    assert.ok(storyLinks(front).length >= archive.pageSize);
    assert.deepEqual(hrefs(front, 'nav.pagination a[rel="next"]'), [`/page/${count}/`]);
    assert.deepEqual(hrefs(front, 'nav.pagination a[rel="prev"]'), []);
    for (let n = 1; n <= count; n += 1) {
      const tree = page(`/page/${n}/`);
      assert.equal(storyLinks(tree).length, archive.pageSize);
      assert.match(text(tree, 'h1'), new RegExp(`^News Archive Page ${n}$`));
      assert.match(text(tree, 'main p.lede'), /20 stories from .+ to .+, newest first\.$/);
      assert.deepEqual(hrefs(tree, 'nav.pagination a[rel="prev"]'), [n === count ? '/' : `/page/${n + 1}/`]);
      assert.deepEqual(hrefs(tree, 'nav.pagination a[rel="next"]'), n > 1 ? [`/page/${n - 1}/`] : []);
      assert.ok(hrefs(tree, 'nav.pagination a').includes('/'), 'links to the front page');
    }
    const listed = listPages('/', site.stories.length).flatMap((path) => storyLinks(page(path)));
    assert.equal(new Set(listed).size, site.stories.length, 'every story is on exactly one home page');
    assert.equal(listed.length, site.stories.length);
  });

  test('a year with fewer than two pages of stories is one page, its months listed', () => {
    const in2020 = site.stories.filter((s) => storyPath(s.data).startsWith('/2020/'));
    assert.ok(in2020.length > archive.pageSize && in2020.length < 2 * archive.pageSize);
    const year = page('/2020/');
    assert.equal(storyLinks(year).length, in2020.length);
    assert.ok(hrefs(year, '.period-children a').length > 1);
    assert.deepEqual(hrefs(year, 'nav.pagination a'), []);
    assert.equal(existsSync(join(site.dist, '2020/page/1/index.html')), false);
  });

  test('a topic with two pages of stories or more is paginated the same way, saying what each page holds', () => {
    const elections = page('/topics/elections/');
    assert.match(text(elections, 'main p.lede'), /^\d+ stories, newest first; the newest \d+ here\.$/);
    assert.deepEqual(hrefs(elections, 'nav.pagination a[rel="next"]'), ['/topics/elections/page/1/']);
    const first = page('/topics/elections/page/1/');
    assert.equal(text(first, 'h1'), 'Elections Page 1');
    assert.deepEqual(hrefs(first, 'nav.breadcrumbs a'), ['/', '/topics/', '/topics/elections/']);
    assert.doesNotMatch(text(first, 'main'), / of \d+|\d+–\d+/, 'nothing depends on the length of the list');
  });
});

describe('topic, person and publication pages', () => {
  test('each index lists every label A to Z with its count, linking to its page', () => {
    for (const [kind, field] of [
      ['topics', 'topics'],
      ['people', 'people'],
      ['publications', 'publication'],
    ] as const) {
      const index = page(`/${kind}/`);
      const items = selectAll('ul.term-index li', index).map((li) => collapse(toText(li)));
      const labels = selectAll('ul.term-index a', index).map((a) => collapse(toText(a)));
      assert.deepEqual(
        labels,
        [...labels].sort((a, b) => a.localeCompare(b, 'en')),
        `${kind} A to Z`,
      );
      for (const [position, anchor] of selectAll('ul.term-index a', index).entries()) {
        const label = collapse(toText(anchor));
        const count = site.stories.filter((s) => {
          const value = s.data[field];
          const list = typeof value === 'string' ? [value] : (value ?? []);
          return list.some((l) => l.toLowerCase() === label.toLowerCase());
        }).length;
        assert.equal(items[position], `${label} ${count} ${count === 1 ? 'story' : 'stories'}`);
        assert.equal(text(page(String(anchor.properties.href)), 'h1'), label);
      }
    }
  });

  test('labels differing only in case are one topic; a label with no Latin letters still gets a page', () => {
    const labels = selectAll('ul.term-index a', page('/topics/')).map((a) => collapse(toText(a)));
    assert.equal(labels.filter((l) => l.toLowerCase() === 'elections').length, 1);
    assert.ok(labels.includes('Économie'));
    assert.ok(hrefs(page('/topics/'), 'ul.term-index a').includes('/topics/economie/'));
  });

  test('a topic page offers its own feeds', () => {
    const topic = page('/topics/flooding/');
    assert.deepEqual(hrefs(topic, 'link[rel="alternate"]').slice(-2), [
      '/topics/flooding/rss.xml',
      '/topics/flooding/feed.json',
    ]);
  });
});

describe('story page extras', () => {
  const newestFirst = () =>
    [...site.stories].map((s) => storyPath(s.data)).filter((p) => existsSync(join(site.dist, p, 'index.html')));

  test('links to the story before and after it in time, as the home pages order them', () => {
    const order = listPages('/', site.stories.length).flatMap((path) => storyLinks(page(path)));
    assert.equal(order.length, newestFirst().length);
    for (const [index, path] of order.entries()) {
      const tree = page(path);
      assert.deepEqual(
        hrefs(tree, '.more-on-story a[rel="prev"]'),
        order[index + 1] ? [order[index + 1]] : [],
        `${path}: earlier`,
      );
      assert.deepEqual(
        hrefs(tree, '.more-on-story a[rel="next"]'),
        order[index - 1] ? [order[index - 1]] : [],
        `${path}: later`,
      );
    }
  });

  test('"More on this story" links, once each, the stories sharing a person or a topic it is most related to', () => {
    const labelsOf = (story: { data: Article }) =>
      new Set([...(story.data.people ?? []), ...(story.data.topics ?? [])].map((l) => l.toLowerCase()));
    const expected = relatedStories(toStories(site.stories.map((story) => ({ id: story.file, data: story.data }))));
    let shown = 0;
    for (const story of site.stories) {
      const path = storyPath(story.data);
      const related = expected.get(path)!;
      assert.ok(related.length <= 5);
      const links = hrefs(page(path), '.more-on-story a[href]');
      for (const other of related) {
        assert.ok(
          [...labelsOf(other)].some((label) => labelsOf(story).has(label)),
          `${path} → ${other.path} share a label`,
        );
        assert.equal(links.filter((href) => href === other.path).length, 1, `${path} links ${other.path} once`);
      }
      // Every story once: the others in their entries, this one as its citation's address.
      const stories = links.filter((href) => STORY_PATH.test(href));
      assert.deepEqual(stories, [...new Set(stories)], `${path}: a story linked twice`);
      shown += related.length;
    }
    assert.ok(shown > 0, 'the made-up archive has related stories');
  });

  test('"Cite this" gives headline, publication, date and archive URL; the raw source is published as received', () => {
    const story = site.stories.find((s) => s.data.publication && s.data.authors)!;
    const path = storyPath(story.data);
    const tree = page(path);
    const citation = text(tree, 'details.cite-story p.citation');
    assert.ok(citation.includes(`“${story.data.headline}.”`), citation);
    assert.ok(citation.includes(story.data.publication!), citation);
    // Built without SITE_URL: the citation gives the story's path, never a localhost address.
    assert.ok(citation.includes(`, ${path}.`), citation);
    assert.doesNotMatch(citation, /localhost/);
    assert.match(citation, /Accessed the date you read it\.$/);

    const [raw] = hrefs(tree, 'details.story-record a[href^="/sources/"]');
    assert.equal(raw, `/sources/${story.file.replace(/\.md$/, '.txt')}`);
    assert.deepEqual(
      readFileSync(join(site.dist, raw!)),
      readFileSync(join(site.contentDir, 'sources', story.file.replace(/\.md$/, '.txt'))),
    );
  });

  test('links its publication, topics and people to their pages', () => {
    const story = site.stories.find((s) => s.data.publication && s.data.topics && s.data.people)!;
    const links = hrefs(page(storyPath(story.data)), 'dl.story-terms a');
    assert.ok(links.some((href) => href.startsWith('/publications/')));
    assert.ok(links.some((href) => href.startsWith('/topics/')));
    assert.ok(links.some((href) => href.startsWith('/people/')));
    for (const href of links) assert.ok(existsSync(join(site.dist, href, 'index.html')), href);
  });
});
