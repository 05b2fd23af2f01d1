import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveBodyUrls } from '../../src/lib/feeds/body-html.ts';
import { toFeedItem } from '../../src/lib/feeds/feed-item.ts';
import { isDated, toStory } from '../../src/lib/story.ts';
import type { Article } from '../../src/entry/article.ts';

const STORY_URL = 'https://news.example.org/news/2020/10/01/a-story/';

function story(fields: Partial<Article> = {}) {
  const data: Article = {
    headline: 'A story',
    published: '2020-10-01',
    slug: 'a-story',
    source: { path: 'content/sources/a.txt', sha256: '0'.repeat(64) },
    provenance: { headline: { method: 'source' }, published: { method: 'source' } },
    ...fields,
  };
  const made = toStory({ id: 'a', data });
  assert.ok(isDated(made));
  return made;
}

test('resolves relative links and fragments against the story URL, leaving absolute ones', () => {
  const html =
    '<p><a href="/2019/01/01/other/">up</a> <a href="#user-content-fn-1">note</a> <a href="../">parent</a> <a href="https://example.com/a?b=1&amp;c=2">out</a></p>';
  assert.equal(
    resolveBodyUrls(html, STORY_URL),
    '<p><a href="https://news.example.org/2019/01/01/other/">up</a> ' +
      '<a href="https://news.example.org/news/2020/10/01/a-story/#user-content-fn-1">note</a> ' +
      '<a href="https://news.example.org/news/2020/10/01/">parent</a> ' +
      '<a href="https://example.com/a?b=1&#x26;c=2">out</a></p>',
  );
});

test('leaves the rest of the body as it was', () => {
  const html =
    '<figure class="attributed-quote"><blockquote><p>We love you</p></blockquote><figcaption>— <cite>John Legend</cite></figcaption></figure>\n<h2 id="more">More</h2>\n<ul>\n<li>one</li>\n</ul>';
  assert.equal(resolveBodyUrls(html, STORY_URL), html);
});

test('builds an item from a story: permalink, title, dek as summary, body, date, authors, topics, original URL', () => {
  const withEverything = story({
    dek: 'The dek.',
    authors: ['Ann Lee', 'Bo Chan'],
    topics: ['Grief', 'Family'],
    url: 'https://www.example.com/original',
    provenance: {
      headline: { method: 'source' },
      published: { method: 'source' },
      dek: { method: 'source' },
      authors: { method: 'source' },
      topics: { method: 'source' },
      url: { method: 'source' },
    },
  });
  assert.deepEqual(
    toFeedItem(
      withEverything,
      { html: '<p>Body <a href="#x">x</a>.</p>', lead: 'Body x.' },
      STORY_URL,
      'America/New_York',
    ),
    {
      url: STORY_URL,
      title: 'A story',
      summary: 'The dek.',
      contentHtml: `<p>Body <a href="${STORY_URL}#x">x</a>.</p>`,
      published: new Date('2020-10-01T04:00:00Z'),
      publishedDateTime: '2020-10-01T00:00:00-04:00',
      publishedIsoDate: '2020-10-01T00:00:00-04:00',
      authors: ['Ann Lee', 'Bo Chan'],
      tags: ['Grief', 'Family'],
      externalUrl: 'https://www.example.com/original',
    },
  );
});

test('an item of a story known only to its year or month has no moment, only its date as ISO 8601 says it', () => {
  for (const [published, iso] of [
    ['2021', '2021'],
    ['2021-03', '2021-03'],
  ]) {
    const item = toFeedItem(
      story({ published }),
      { html: '<p>Body.</p>', lead: 'Body.' },
      STORY_URL,
      'America/New_York',
    );
    assert.deepEqual([item.published, item.publishedDateTime, item.publishedIsoDate], [undefined, undefined, iso]);
  }
});

test('without a dek the summary is the lead (the first paragraph); without authors or topics the lists are empty', () => {
  const item = toFeedItem(
    story(),
    { html: '<p>The lede.</p><p>More.</p>', lead: 'The lede.' },
    STORY_URL,
    'America/New_York',
  );
  assert.equal(item.summary, 'The lede.');
  assert.deepEqual([item.authors, item.tags, item.externalUrl], [[], [], undefined]);
});

test('without a dek or a lead (a body of only a quote) the item has no summary', () => {
  const html = '<figure class="attributed-quote"><blockquote><p>Only a quote</p></blockquote></figure>';
  assert.equal('summary' in toFeedItem(story(), { html }, STORY_URL, 'America/New_York'), false);
});
