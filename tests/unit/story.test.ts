import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toStories } from '../../src/lib/story.ts';
import type { Article } from '../../src/entry/article.ts';

function entry(id: string, published: string, slug: string, method: 'source' | 'inferred' = 'source') {
  const data: Article = {
    headline: `Headline ${id}`,
    published,
    slug,
    source: { path: `content/sources/${id}.txt`, sha256: '0'.repeat(64) },
    provenance: {
      headline: { method: 'source' },
      published: method === 'inferred' ? { method, evidence: 'mentions' } : { method },
    },
  };
  return { id, filePath: `content/articles/${id}.md`, data };
}

test('lists stories newest first, a year-only estimate at the start of its year', () => {
  const stories = toStories([
    entry('a', '2020-10-01', 'a'),
    entry('b', '2021', 'b', 'inferred'),
    entry('c', '2021-03-02', 'c'),
  ]);
  assert.deepEqual(
    stories.map((story) => story.path),
    ['/2021/03/02/c/', '/2021/b/', '/2020/10/01/a/'],
  );
  assert.deepEqual(
    stories.map((story) => story.dateIsEstimate),
    [false, true, false],
  );
});

test('refuses two entries with the same URL, naming both files and the field to change', () => {
  assert.throws(
    () => toStories([entry('a', '2020-10-01', 'same'), entry('b', '2020-10-01', 'same')]),
    /content\/articles\/a\.md and content\/articles\/b\.md: field "slug": the same URL \/2020\/10\/01\/same\//,
  );
});
