/**
 * The built feeds, read by a real feed parser (RSS) and against JSON Feed
 * 1.1 (JSON), item by item against the entries they come from. The archive
 * is the made-up one (60 stories, so feeds are cut at 50; reduced-precision
 * dates; topics) plus a story with links the Markdown leaves relative, built
 * for a deployment under a base path.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { archive } from '../../src/entry/config.ts';
import { parsePublished } from '../../src/entry/published-date.ts';
import { absoluteUrl } from '../../src/lib/site-url.ts';
import { toStories, type Story } from '../../src/lib/story.ts';
import { collectTerms } from '../../src/lib/taxonomy.ts';
import { buildSite } from '../support/build-site.ts';
import { fixtureStories, writeFixtureArchive, type FixtureStory } from '../support/fixture-archive.ts';
import { wallClock } from '../support/wall-clock.ts';

const SITE_URL = 'https://news.example.org';
const BASE_PATH = '/news/';
const onDeployment = (path: string) => absoluteUrl(path, SITE_URL, BASE_PATH);

/** More stories than a feed carries, so the cut at archive.feedSize shows. */
const STORY_COUNT = archive.feedSize + 10;

/** A hand-edited entry: a root-relative link, a fragment and a footnote, all of which the pipeline keeps relative. */
function storyWithRelativeLinks(): FixtureStory {
  const [template] = fixtureStories(1);
  return {
    file: 'relative-links.md',
    data: {
      ...template!.data,
      headline: 'Links that point into the archive',
      published: '2022-05-04T09:15:00-04:00',
      slug: 'relative-links',
      topics: ['Elections'],
      // Its own source: the build reconciles every entry with one source file.
      source: { ...template!.data.source, path: 'content/sources/relative-links.txt' },
    },
    body: 'The first paragraph names no link.\n\nSee [an earlier story](/2019/01/01/story-001/), [the note](#user-content-fn-1) and a footnote.[^1]\n\n[^1]: The footnote.\n',
  };
}

const read = (outDir: string, path: string) => readFileSync(join(outDir, path), 'utf8');

/** Site path of a feed file → the file in the build (the build's root is the base path). */
const builtFile = (sitePath: string) => sitePath.replace(/^\//, '');

/** The body of a story's built page, as HTML elements. */
function pageBody(outDir: string, story: Story): Element {
  const body = select('.story-body', fromHtml(read(outDir, `${builtFile(story.path)}index.html`)));
  assert.ok(body, `${story.path}: no .story-body on the built page`);
  return body;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A feed item's body must be the story page's body: the same text, and the
 * same links, each made absolute against the story's URL.
 */
function assertSameBody(contentHtml: string, page: Element, storyUrl: string, where: string) {
  const content = fromHtml(contentHtml, { fragment: true });
  assert.equal(collapse(toText(content)), collapse(toText(page)), `${where}: body text`);
  const hrefs = (tree: Parameters<typeof selectAll>[1]) =>
    selectAll('a[href]', tree).map((a) => String(a.properties['href']));
  assert.deepEqual(
    hrefs(content),
    hrefs(page).map((href) => new URL(href, storyUrl).href),
    `${where}: links`,
  );
  for (const href of hrefs(content)) assert.match(href, /^https?:\/\//, `${where}: a relative link in a feed`);
}

/** The summary a story's item must carry: its dek, else its body's first paragraph. */
function expectedSummary(outDir: string, story: Story): string {
  if (story.data.dek) return story.data.dek;
  const firstParagraph = pageBody(outDir, story).children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'p',
  );
  assert.ok(firstParagraph, `${story.path}: no paragraph to summarise`);
  return collapse(toText(firstParagraph));
}

/** True for a story known only to its year or month: its feed items name no moment. */
const namesNoMoment = (story: Story) => /^\d{4}(?:-\d{2})?$/.test(story.data.published!);

/**
 * The date an item carries must be the entry's instant, or for a day the
 * start of that day in the archive's zone.
 */
function assertItemDate(actual: Date | null | undefined, story: Story, where: string) {
  assert.ok(actual && !Number.isNaN(actual.getTime()), `${where}: no date`);
  const parsed = parsePublished(story.data.published!);
  assert.ok(parsed.ok);
  if (parsed.date.instant) {
    assert.equal(actual.getTime(), parsed.date.instant.getTime(), `${where}: date`);
    return;
  }
  const { year, month, day } = parsed.date;
  const start = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} 00:00:00`;
  assert.equal(wallClock(actual), start, `${where}: date of "${story.data.published}"`);
}

interface ExpectedFeed {
  readonly title: string;
  /** Site path of the page the feed follows. */
  readonly listPath: string;
  /** Newest first, all of them: the feed carries the first archive.feedSize. */
  readonly stories: readonly Story[];
}

describe('feeds (made-up archive, built for https://news.example.org/news/)', () => {
  let contentDir: string;
  let outDir: string;
  let expectedFeeds: ExpectedFeed[];
  let topicSlugs: string[];

  before(() => {
    const fixtures = [...fixtureStories(STORY_COUNT), storyWithRelativeLinks()];
    contentDir = writeFixtureArchive(fixtures);
    outDir = buildSite({ contentDir, siteUrl: SITE_URL, basePath: BASE_PATH });
    // The site's ids are file names without .md: they break ties in story order.
    const stories = toStories(fixtures.map((f) => ({ id: f.file.replace(/\.md$/, ''), data: f.data })));
    const topics = collectTerms(stories, 'topics');
    topicSlugs = topics.map((term) => term.slug);
    expectedFeeds = [
      { title: archive.title, listPath: '/', stories },
      ...topics.map((term) => ({
        title: `${term.label} · ${archive.title}`,
        listPath: term.path,
        stories: term.stories,
      })),
    ];
  });

  after(() => {
    for (const dir of [contentDir, outDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the archive and every topic have an RSS feed and a JSON Feed; no other list has', () => {
    const topicFolders = readdirSync(join(outDir, 'topics'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    assert.deepEqual(topicFolders.sort(), [...topicSlugs].sort());
    for (const { listPath } of expectedFeeds) {
      for (const file of ['rss.xml', 'feed.json']) {
        assert.ok(existsSync(join(outDir, builtFile(listPath), file)), `${listPath}${file}`);
      }
    }
    for (const kind of ['people', 'publications']) {
      const feeds = readdirSync(join(outDir, kind), { recursive: true }).filter((name) =>
        /(rss\.xml|feed\.json)$/.test(String(name)),
      );
      assert.deepEqual(feeds, [], `${kind} has feeds`);
    }
  });

  test('each RSS feed, read by a feed parser, names itself, its page and language, and carries the newest stories in order', () => {
    for (const expected of expectedFeeds) {
      const feedPath = `${expected.listPath}rss.xml`;
      const feed = parseFeed(read(outDir, builtFile(feedPath)));
      assert.equal(feed.meta.type, 'rss', feedPath);
      assert.equal(feed.meta.version, '2.0', feedPath);
      assert.equal(feed.title, expected.title, feedPath);
      assert.equal(feed.url, onDeployment(expected.listPath), `${feedPath}: <link>`);
      assert.equal(feed.self, onDeployment(feedPath), `${feedPath}: atom:link rel=self`);
      assert.equal(feed.language, archive.lang, feedPath);
      assert.deepEqual(
        feed.items.map((item) => item.url),
        expected.stories.slice(0, archive.feedSize).map((story) => onDeployment(story.path)),
        `${feedPath}: the newest ${archive.feedSize} stories, newest first`,
      );
    }
  });

  test('every RSS item matches its entry: permalink guid, title, summary, body, date, authors, topics', () => {
    for (const expected of expectedFeeds) {
      const feedPath = `${expected.listPath}rss.xml`;
      const rss = read(outDir, builtFile(feedPath));
      const feed = parseFeed(rss);
      feed.items.forEach((item, index) => {
        const story = expected.stories[index]!;
        const { data } = story;
        const url = onDeployment(story.path);
        const where = `${feedPath} item ${index + 1} (${story.path})`;
        assert.equal(item.id, url, `${where}: guid`);
        assert.ok(rss.includes(`<guid isPermaLink="true">${url}</guid>`), `${where}: guid is a permalink`);
        assert.equal(item.title, data.headline, `${where}: title`);
        assert.equal(item.description, expectedSummary(outDir, story), `${where}: description`);
        assertSameBody(item.content ?? '', pageBody(outDir, story), url, where);
        if (namesNoMoment(story)) {
          const itemXml = rss.split('<item>')[index + 1] ?? '';
          assert.doesNotMatch(itemXml, /<pubDate>/, `${where}: a pubDate for a date that names no moment`);
          assert.match(itemXml, new RegExp(`<dc:date>${story.data.published}</dc:date>`), `${where}: dc:date`);
        } else assertItemDate(item.published, story, where);
        assert.deepEqual(
          item.authors.map((author) => author.name),
          data.authors ?? [],
          `${where}: authors`,
        );
        assert.deepEqual(
          item.categories.map((category) => category.term),
          data.topics ?? [],
          `${where}: categories`,
        );
      });
    }
  });

  test('each JSON Feed is version 1.1 and matches its entries item by item', () => {
    const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
    for (const expected of expectedFeeds) {
      const feedPath = `${expected.listPath}feed.json`;
      const feed = JSON.parse(read(outDir, builtFile(feedPath)));
      assert.equal(feed.version, 'https://jsonfeed.org/version/1.1', feedPath);
      assert.equal(feed.title, expected.title, feedPath);
      assert.equal(feed.home_page_url, onDeployment(expected.listPath), feedPath);
      assert.equal(feed.feed_url, onDeployment(feedPath), feedPath);
      assert.equal(feed.language, archive.lang, feedPath);
      const stories = expected.stories.slice(0, archive.feedSize);
      assert.equal(feed.items.length, stories.length, `${feedPath}: item count`);
      stories.forEach((story, index) => {
        const item = feed.items[index];
        const { data } = story;
        const url = onDeployment(story.path);
        const where = `${feedPath} item ${index + 1} (${story.path})`;
        assert.equal(item.id, url, `${where}: id`);
        assert.equal(item.url, url, `${where}: url`);
        assert.equal(item.external_url, data.url, `${where}: external_url`);
        assert.equal(item.title, data.headline, `${where}: title`);
        assert.equal(item.summary, expectedSummary(outDir, story), `${where}: summary`);
        assertSameBody(item.content_html, pageBody(outDir, story), url, where);
        if (namesNoMoment(story)) {
          assert.equal(item.date_published, undefined, `${where}: date_published`);
          assert.deepEqual(item._archive, { published: story.data.published }, `${where}: _archive`);
        } else {
          assert.match(item.date_published, RFC_3339, `${where}: date_published`);
          assertItemDate(new Date(item.date_published), story, where);
        }
        assert.deepEqual(
          item.authors,
          data.authors?.map((name) => ({ name })),
          `${where}: authors`,
        );
        assert.deepEqual(item.tags, data.topics, `${where}: tags`);
      });
    }
  });

  test('a link the entry leaves relative reaches the archive from a feed reader', () => {
    const feed = JSON.parse(read(outDir, 'feed.json'));
    const item = feed.items.find((i: { url: string }) => i.url === onDeployment('/2022/05/04/relative-links/'));
    assert.ok(item, 'the story with relative links is in the archive feed');
    const hrefs = selectAll('a[href]', fromHtml(item.content_html, { fragment: true })).map((a) =>
      String(a.properties['href']),
    );
    assert.ok(hrefs.includes(`${SITE_URL}/2019/01/01/story-001/`), hrefs.join(' '));
    assert.ok(hrefs.includes(`${onDeployment('/2022/05/04/relative-links/')}#user-content-fn-1`), hrefs.join(' '));
  });

  test("every page links the archive's feeds, and each topic's pages its own, under the base path", () => {
    const pages = readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.html'));
    assert.ok(pages.length > STORY_COUNT, 'the build has pages');
    for (const page of pages) {
      const links = selectAll('head link[rel="alternate"]', fromHtml(read(outDir, page))).map((link) => ({
        type: String(link.properties['type']),
        href: String(link.properties['href']),
        title: String(link.properties['title']),
      }));
      const topic = /^topics\/([^/]+)\//.exec(page)?.[1];
      const lists = topic ? ['/', `/topics/${topic}/`] : ['/'];
      const expected = lists.flatMap((list) => [
        { type: 'application/rss+xml', href: `/news${list}rss.xml` },
        { type: 'application/feed+json', href: `/news${list}feed.json` },
      ]);
      assert.deepEqual(
        links.map(({ type, href }) => ({ type, href })),
        expected,
        page,
      );
      for (const { href, title } of links) {
        assert.ok(existsSync(join(outDir, href.replace(/^\/news\//, ''))), `${page}: ${href} is not in the build`);
        assert.ok(title.length > 0, `${page}: ${href} has no title`);
      }
    }
  });
});
