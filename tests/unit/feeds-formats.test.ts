import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { archiveFeeds, topicFeeds } from '../../src/lib/feeds/alternate-feeds.ts';
import type { Feed } from '../../src/lib/feeds/feed.ts';
import type { FeedItem } from '../../src/lib/feeds/feed-item.ts';
import { jsonFeedSchema, renderJsonFeed } from '../../src/lib/feeds/json-feed.ts';
import { renderRssFeed } from '../../src/lib/feeds/rss-feed.ts';

const item: FeedItem = {
  url: 'https://news.example.org/news/2020/10/01/a-story/',
  title: 'Rates & "rules" <rise>',
  summary: 'A summary.',
  contentHtml: '<p>Body and <a href="https://example.com/">link</a>.</p>',
  published: new Date('2020-10-01T04:00:00Z'),
  publishedDateTime: '2020-10-01T00:00:00-04:00',
  publishedIsoDate: '2020-10-01T00:00:00-04:00',
  authors: ['Ann Lee', "Mary O'Neil & Co"],
  tags: ['Grief', 'Family'],
  externalUrl: 'https://www.example.com/original',
};

const feed: Feed = {
  title: 'Grief · News Archive',
  description: 'The newest stories about Grief.',
  homePageUrl: 'https://news.example.org/news/topics/grief/',
  feedUrl: 'https://news.example.org/news/topics/grief/rss.xml',
  language: 'en',
  items: [
    item,
    { ...item, url: `${item.url}2/`, summary: undefined, authors: [], tags: [], externalUrl: undefined } as FeedItem,
  ],
};

test('RSS: a feed parser reads back the channel and every item field', async () => {
  const parsed = parseFeed(await renderRssFeed(feed));
  assert.equal(parsed.meta.type, 'rss');
  assert.equal(parsed.title, feed.title);
  assert.equal(parsed.url, feed.homePageUrl);
  assert.equal(parsed.self, feed.feedUrl);
  assert.equal(parsed.language, 'en');
  const [first, second] = parsed.items;
  assert.equal(first?.id, item.url);
  assert.equal(first?.url, item.url);
  assert.equal(first?.title, item.title);
  assert.equal(first?.description, item.summary);
  assert.equal(first?.content, item.contentHtml);
  assert.equal(first?.published?.getTime(), item.published!.getTime());
  assert.deepEqual(
    first?.authors.map((author) => author.name),
    item.authors,
  );
  assert.deepEqual(
    first?.categories.map((category) => category.term),
    item.tags,
  );
  assert.deepEqual([second?.authors, second?.categories], [[], []]);
});

/** An item of a story known only to its year: no moment. */
const { published: _moment, publishedDateTime: _dateTime, ...rest } = item;
const yearOnly: FeedItem = { ...rest, publishedIsoDate: '2021' };

test('RSS: an item known only to its year has no pubDate, and a dc:date of "2021"', async () => {
  const rss = await renderRssFeed({ ...feed, items: [yearOnly] });
  assert.equal(parseFeed(rss).items[0]?.title, item.title);
  assert.match(rss, /<dc:date>2021<\/dc:date>/);
  assert.doesNotMatch(rss, /<pubDate>/);
});

test('JSON Feed: an item known only to its year has no date_published, and _archive.published "2021"', () => {
  const document = JSON.parse(renderJsonFeed({ ...feed, items: [yearOnly] }));
  assert.equal(jsonFeedSchema.safeParse(document).success, true);
  assert.equal(document.items[0].date_published, undefined);
  assert.deepEqual(document.items[0]._archive, { published: '2021' });
});

test('RSS: refuses an author name the RSS library would rewrite as a number', async () => {
  await assert.rejects(
    renderRssFeed({ ...feed, items: [{ ...item, authors: ['1e5'] }] }),
    /a-story\/: authors: "1e5" would be rewritten as a number/,
  );
});

test('JSON Feed: writes version 1.1 with every item field, leaving out what a story lacks', () => {
  const document = JSON.parse(renderJsonFeed({ ...feed, feedUrl: feed.feedUrl.replace('rss.xml', 'feed.json') }));
  assert.equal(jsonFeedSchema.safeParse(document).success, true);
  assert.equal(document.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(document.home_page_url, feed.homePageUrl);
  assert.deepEqual(document.items[0], {
    id: item.url,
    url: item.url,
    external_url: item.externalUrl,
    title: item.title,
    content_html: item.contentHtml,
    summary: item.summary,
    date_published: item.publishedDateTime,
    authors: [{ name: 'Ann Lee' }, { name: "Mary O'Neil & Co" }],
    tags: ['Grief', 'Family'],
  });
  assert.deepEqual(Object.keys(document.items[1]).sort(), ['content_html', 'date_published', 'id', 'title', 'url']);
});

test('JSON Feed: refuses a document that breaks the format, naming the feed and the field', () => {
  assert.throws(
    () => renderJsonFeed({ ...feed, items: [{ ...item, publishedDateTime: '2020-10-01' }] }),
    /topics\/grief\/rss\.xml: not a valid JSON Feed 1\.1:\nitems\.0\.date_published: must be an RFC 3339 date-time/,
  );
});

test("offers the archive's feeds and a topic's feeds under the topic's path, titled after it", () => {
  assert.deepEqual(archiveFeeds, [
    { title: 'News Archive (RSS)', path: '/rss.xml', format: 'rss' },
    { title: 'News Archive (JSON Feed)', path: '/feed.json', format: 'json' },
  ]);
  assert.deepEqual(topicFeeds({ label: 'Grief', path: '/topics/grief/' }), [
    { title: 'Grief · News Archive (RSS)', path: '/topics/grief/rss.xml', format: 'rss' },
    { title: 'Grief · News Archive (JSON Feed)', path: '/topics/grief/feed.json', format: 'json' },
  ]);
});
