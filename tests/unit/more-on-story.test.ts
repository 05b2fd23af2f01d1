import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeRelations, moreAnchor, moreOnStory, type Relation } from '../../src/lib/more-on-story.ts';
import { toStory, type Story } from '../../src/lib/story.ts';
import type { Article } from '../../src/entry/article.ts';

function story(id: string, published?: string): Story {
  return toStory({
    id,
    data: {
      headline: `Headline ${id}`,
      ...(published ? { published } : {}),
      slug: id,
      source: { path: `content/sources/${id}.txt`, sha256: '0'.repeat(64) },
      provenance: { headline: { method: 'source' }, ...(published ? { published: { method: 'source' } } : {}) },
    } as Article,
  });
}

const ids = (items: readonly { story: Story }[]) => items.map((item) => item.story.id);

describe('"More on this story"', () => {
  const [a, b, c, d, e, f, g] = [
    story('a', '2020-01-01'),
    story('b', '2020-02-01'),
    story('c', '2020-03-01'),
    story('d', '2020-04-01'),
    story('e', '2020-05-01'),
    story('f', '2020-06-01'),
    story('g'),
  ] as [Story, Story, Story, Story, Story, Story, Story];

  test('keeps the thread as shown, this story in its place, and lists every other story once, earliest first, undated last', () => {
    const more = moreOnStory({
      story: c,
      thread: { shown: [b, c, e], previous: b, next: e },
      neighbours: { earlier: b, later: d },
      related: [g, f, e, d, a],
      quotes: [{ others: [e, a] }, { others: [f, b] }],
    });
    assert.deepEqual(ids(more.thread), ['b', 'c', 'e']);
    assert.deepEqual(ids(more.others), ['a', 'd', 'f', 'g']);
  });

  test('marks the previous and next story in the thread and the earlier and later one in the archive', () => {
    const more = moreOnStory({
      story: c,
      thread: { shown: [b, c, e], previous: b, next: e },
      neighbours: { earlier: b, later: d },
      related: [],
      quotes: [],
    });
    const relations: Record<string, readonly Relation[]> = Object.fromEntries(
      [...more.thread, ...more.others].map((item) => [item.story.id, item.relations]),
    );
    const words = Object.fromEntries(Object.entries(relations).map(([id, them]) => [id, describeRelations(them)]));
    assert.deepEqual(relations, { b: ['previous', 'earlier'], c: [], e: ['next'], d: ['later'] });
    assert.deepEqual(words, {
      b: 'Previous in this thread and the archive',
      c: '',
      e: 'Next in this thread',
      d: 'Later in the archive',
    });
    assert.equal(describeRelations(['earlier', 'next']), 'Earlier in the archive; Next in this thread');
    assert.equal(describeRelations([]), '');
  });

  test('a story in no thread has every other story in one list, the archive neighbours among them', () => {
    const more = moreOnStory({ story: c, neighbours: { earlier: b, later: d }, related: [d, a], quotes: [] });
    assert.deepEqual(ids(more.thread), []);
    assert.deepEqual(ids(more.others), ['a', 'b', 'd']);
    assert.deepEqual(
      more.others.map((item) => item.relations),
      [[], ['earlier'], ['later']],
    );
  });

  test('never lists the story itself, even when a quote or a related story names it', () => {
    const more = moreOnStory({ story: c, neighbours: {}, related: [c, a], quotes: [{ others: [c] }] });
    assert.deepEqual(ids(more.others), ['a']);
  });

  test("a story's anchor is its path as an id", () => {
    assert.equal(moreAnchor(a), 'more-2020-01-01-a');
  });
});
