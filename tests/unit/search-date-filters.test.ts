import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateFilters } from '../../src/lib/search-filters.ts';
import { toStory } from '../../src/lib/story.ts';
import type { Article } from '../../src/entry/article.ts';

function story(published: string) {
  const data: Article = {
    headline: 'A story',
    published,
    slug: 'a-story',
    source: { path: 'content/sources/a.txt', sha256: '0'.repeat(64) },
    provenance: { headline: { method: 'source' }, published: { method: 'source' } },
  };
  return toStory({ id: 'a', data }, 'America/New_York');
}

test('a story known only to its year is filed under its year and that period, no month or day', () => {
  assert.deepEqual(dateFilters(story('2021')), { year: 'year:2021', period: 'period:2021' });
});

test('a story known only to its month is filed under its year, its month and that period, no day', () => {
  assert.deepEqual(dateFilters(story('2021-03')), {
    year: 'year:2021',
    month: 'month:2021-03',
    period: 'period:2021-03',
  });
});

test('a story dated to the day is filed under its year, month and day in the archive zone, no period', () => {
  assert.deepEqual(dateFilters(story('2021-03-15T01:30:00Z')), {
    year: 'year:2021',
    month: 'month:2021-03',
    day: 'day:2021-03-14',
  });
});
