import assert from 'node:assert/strict';
import { test } from 'node:test';
import { absoluteUrl } from '../../src/lib/site-url.ts';
import { toStory } from '../../src/lib/story.ts';
import { breadcrumbList, newsArticle, storyStructuredData } from '../../src/lib/structured-data.ts';
import type { Article } from '../../src/entry/article.ts';

const onDeployment = (path: string) => absoluteUrl(path, 'https://news.example.org', '/news/');

function story(fields: Partial<Article>) {
  const data: Article = {
    headline: 'Council votes',
    published: '2020-11',
    slug: 'council-votes',
    source: { path: 'content/sources/a.txt', sha256: '0'.repeat(64) },
    provenance: { headline: { method: 'source' }, published: { method: 'source' } },
    ...fields,
  };
  return toStory({ id: 'a', data });
}

test('a story is a NewsArticle with its headline, publication date as precisely as known, authors, publisher and page', () => {
  const [article, ...others] = storyStructuredData(
    story({
      dek: 'The dek.',
      authors: ['Ann Lee', 'Bo Chan'],
      publication: 'Harbor Times',
      url: 'https://harbor.example.com/council',
      provenance: {
        headline: { method: 'source' },
        published: { method: 'source' },
        dek: { method: 'source' },
        authors: { method: 'source' },
        publication: { method: 'source' },
        url: { method: 'source' },
      },
    }),
    onDeployment,
  );
  assert.deepEqual(others, []);
  assert.deepEqual(article, {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Council votes',
    description: 'The dek.',
    datePublished: '2020-11',
    author: [
      { '@type': 'Person', name: 'Ann Lee' },
      { '@type': 'Person', name: 'Bo Chan' },
    ],
    publisher: { '@type': 'Organization', name: 'Harbor Times', url: 'https://harbor.example.com/' },
    mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example.org/news/2020/11/council-votes/' },
    url: 'https://news.example.org/news/2020/11/council-votes/',
    isBasedOn: 'https://harbor.example.com/council',
    inLanguage: 'en',
  });
});

test('datePublished says a year as "2021" and a month as "2021-03", a day as its start and an instant as itself', () => {
  const datePublished = (published: string) =>
    storyStructuredData(story({ published }), onDeployment)[0]!['datePublished'];
  assert.equal(datePublished('2021'), '2021');
  assert.equal(datePublished('2021-03'), '2021-03');
  assert.equal(datePublished('2021-03-05'), '2021-03-05T00:00:00-05:00');
  assert.equal(datePublished('2021-03-05T14:03:00Z'), '2021-03-05T09:03:00-05:00');
});

test('a NewsArticle leaves out what the entry does not know, rather than inventing it', () => {
  const [article] = storyStructuredData(story({}), onDeployment);
  assert.deepEqual(Object.keys(article!).sort(), [
    '@context',
    '@type',
    'datePublished',
    'headline',
    'inLanguage',
    'mainEntityOfPage',
    'url',
  ]);
  assert.equal(
    newsArticle({ headline: 'h', datePublished: 'd', url: 'u', inLanguage: 'en', authors: [] }).author,
    undefined,
  );
});

test('the publisher is the named outlet, with its site when the original URL is known', () => {
  const provenance = {
    headline: { method: 'source' },
    published: { method: 'source' },
    publication: { method: 'source' },
    url: { method: 'source' },
  } as const;
  const [named] = storyStructuredData(story({ publication: 'Harbor Times', provenance }), onDeployment);
  assert.deepEqual(named!['publisher'], { '@type': 'Organization', name: 'Harbor Times' });

  const [linked] = storyStructuredData(
    story({
      publication: 'Harbor Times',
      url: 'http://www.harbor.example.com:8080/news/2020/council?id=4#top',
      provenance,
    }),
    onDeployment,
  );
  assert.deepEqual(linked!['publisher'], {
    '@type': 'Organization',
    name: 'Harbor Times',
    url: 'http://www.harbor.example.com:8080/',
  });
});

test('an original URL without a named outlet makes no publisher: an address does not say who published it', () => {
  const [article] = storyStructuredData(
    story({
      url: 'https://harbor.example.com/council',
      provenance: { headline: { method: 'source' }, published: { method: 'source' }, url: { method: 'source' } },
    }),
    onDeployment,
  );
  assert.equal(article!['publisher'], undefined);
  assert.equal(article!['isBasedOn'], 'https://harbor.example.com/council');
});

test('a BreadcrumbList numbers the trail from 1, home first', () => {
  assert.deepEqual(
    breadcrumbList([
      { name: 'Home', url: 'https://news.example.org/news/' },
      { name: '2020', url: 'https://news.example.org/news/2020/' },
    ]),
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://news.example.org/news/' },
        { '@type': 'ListItem', position: 2, name: '2020', item: 'https://news.example.org/news/2020/' },
      ],
    },
  );
});
