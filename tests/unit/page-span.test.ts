import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describePageSpan } from '../../src/lib/page-span.ts';
import { toStories } from '../../src/lib/story.ts';
import type { Article } from '../../src/entry/article.ts';

function story(id: string, published?: string, headline = `Headline ${id}`): { id: string; data: Article } {
  return {
    id,
    data: {
      headline,
      ...(published ? { published } : {}),
      slug: id,
      source: { path: `content/sources/${id}.txt`, sha256: '0'.repeat(64) },
      provenance: { headline: { method: 'source' }, ...(published ? { published: { method: 'source' } } : {}) },
    } as Article,
  };
}

describe('what a page of a list holds', () => {
  test('a page newest first spans its oldest to its newest day, instants on their day in the archive zone', () => {
    const stories = toStories([story('a', '2020-03-03'), story('b', '2020-04-10T02:00:00Z'), story('c', '2020-03-20')]);
    assert.equal(describePageSpan(stories, 'newest first'), 'from March 3, 2020 to April 9, 2020');
  });

  test('one day is named once; dates known to the month or year as known', () => {
    assert.equal(
      describePageSpan(toStories([story('a', '2021-03-14'), story('b', '2021-03-14T15:00:00Z')]), 'newest first'),
      'of March 14, 2021',
    );
    assert.equal(
      describePageSpan(toStories([story('a', '2019'), story('b', '2020-02')]), 'newest first'),
      'from 2019 to February 2020',
    );
  });

  test('undated stories are counted after the dated span, or named alone', () => {
    assert.equal(
      describePageSpan(toStories([story('a', '2020-03-03'), story('b'), story('c')]), 'newest first'),
      'of March 3, 2020, and 2 undated',
    );
    assert.equal(describePageSpan(toStories([story('b'), story('c')]), 'newest first'), 'without a date');
  });

  test('a page by headline spans its first to its last headline, long ones cut', () => {
    const stories = [
      story('a', undefined, 'Almanac of the lighthouse keepers'),
      story('z', undefined, 'Zeppelin sighted over the old quarry by residents of the valley at dawn'),
    ].map((s) => toStories([s])[0]!);
    assert.equal(
      describePageSpan(stories, 'by headline'),
      'from “Almanac of the lighthouse keepers” to “Zeppelin sighted over the old quarry by…”',
    );
  });
});
