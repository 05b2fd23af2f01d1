import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clipText } from '../../src/lib/clip-text.ts';
import { adjacentPeriods, allPeriods, buildDateArchive, periodTrail } from '../../src/lib/date-archive.ts';
import { adjacentStories, relatedStories } from '../../src/lib/related-stories.ts';
import { toStories, type Story } from '../../src/lib/story.ts';
import { collectTerms, termsByKey } from '../../src/lib/taxonomy.ts';
import type { Article } from '../../src/entry/article.ts';

function story(
  id: string,
  published: string,
  labels: { topics?: string[]; people?: string[]; publication?: string } = {},
): { id: string; data: Article } {
  return {
    id,
    data: {
      headline: `Headline ${id}`,
      published,
      slug: id,
      ...labels,
      source: { path: `content/sources/${id}.txt`, sha256: '0'.repeat(64) },
      provenance: { headline: { method: 'source' }, published: { method: 'source' } },
    } as Article,
  };
}

const paths = (stories: readonly Story[]) => stories.map((s) => s.id);

describe('date archive', () => {
  const stories = toStories([
    story('a', '2020-10-01'),
    story('b', '2020-10-01T12:00:00Z'),
    story('c', '2020-11'),
    story('d', '2021'),
    story('e', '2020-10-02T02:00:00Z'), // October 1 in New York
  ]);
  const years = buildDateArchive(stories);

  test('lists years newest first, and months and days in calendar order, with counts', () => {
    assert.deepEqual(
      allPeriods(years).map((p) => [p.path, paths(p.stories).join(',')]),
      [
        ['/2021/', 'd'],
        ['/2020/', 'c,e,b,a'],
        ['/2020/10/', 'e,b,a'],
        ['/2020/10/01/', 'e,b,a'],
        ['/2020/11/', 'c'],
      ],
    );
  });

  test('puts a story only in the periods its date is precise enough for', () => {
    const [y2021, y2020] = years;
    assert.deepEqual(y2021!.children, []);
    assert.deepEqual(paths(y2020!.children[1]!.stories), ['c']);
    assert.deepEqual(y2020!.children[1]!.children, []);
  });

  test('links each period to the nearest earlier and later one of its level', () => {
    const adjacent = adjacentPeriods(years);
    assert.equal(adjacent.get('/2020/')!.later?.path, '/2021/');
    assert.equal(adjacent.get('/2020/')!.earlier, undefined);
    assert.equal(adjacent.get('/2020/10/')!.later?.path, '/2020/11/');
    assert.deepEqual(adjacent.get('/2020/10/01/'), {});
  });

  test('gives the trail from the year down to a date, as far as the archive has pages', () => {
    assert.deepEqual(
      periodTrail(years, { year: 2020, month: 10, day: 1 }).map((p) => p.path),
      ['/2020/', '/2020/10/', '/2020/10/01/'],
    );
    assert.deepEqual(
      periodTrail(years, { year: 2020, month: 11, day: 5 }).map((p) => p.path),
      ['/2020/', '/2020/11/'],
    );
    assert.deepEqual(periodTrail(years, { year: 1999 }), []);
  });
});

describe('terms', () => {
  const stories = toStories([
    story('a', '2020-10-01', { topics: ['Pregnancy loss', 'Grief'], publication: 'The Times' }),
    story('b', '2020-10-02', { topics: ['pregnancy  loss'], people: ['Chrissy Teigen'] }),
    story('c', '2020-10-03', { topics: ['Pregnancy loss', 'C++'], people: ['Chrissy Teigen'] }),
    story('d', '2020-10-04', { topics: ['C'], publication: 'The Times' }),
    story('e', '2020-10-05', { topics: ['日本'] }),
  ]);

  test('groups labels that differ only in case or spacing, spelt as most stories spell them, A to Z', () => {
    assert.deepEqual(
      collectTerms(stories, 'topics').map((t) => [t.label, t.slug, t.path, paths(t.stories).join(',')]),
      [
        ['C', 'c', '/topics/c/', 'd'],
        ['C++', 'c-2', '/topics/c-2/', 'c'],
        ['Grief', 'grief', '/topics/grief/', 'a'],
        ['Pregnancy loss', 'pregnancy-loss', '/topics/pregnancy-loss/', 'c,b,a'],
        // Nothing a URL can spell: a stable slug from the label's hash.
        ['日本', 'term-cf2abf0c', '/topics/term-cf2abf0c/', 'e'],
      ],
    );
  });

  test('makes a term of the single publication field and of people', () => {
    assert.deepEqual(
      collectTerms(stories, 'publications').map((t) => [t.path, paths(t.stories).join(',')]),
      [['/publications/the-times/', 'd,a']],
    );
    assert.deepEqual(
      collectTerms(stories, 'people').map((t) => t.path),
      ['/people/chrissy-teigen/'],
    );
  });

  test('finds a term by any spelling of its label', () => {
    const find = termsByKey(collectTerms(stories, 'topics'));
    assert.equal(find('PREGNANCY LOSS')?.slug, 'pregnancy-loss');
    assert.equal(find('Nothing'), undefined);
  });
});

describe('related and adjacent stories', () => {
  const stories = toStories([
    story('a', '2020-10-01', { people: ['Chrissy Teigen'], topics: ['Grief'] }),
    story('b', '2020-10-20', { people: ['Chrissy Teigen'] }),
    story('c', '2020-10-02', { topics: ['Grief'] }),
    story('d', '2015-10-02', { people: ['Chrissy Teigen'], topics: ['Grief'] }),
    story('e', '2020-10-03', { topics: ['Elections'] }),
  ]);

  test('ranks stories by shared people (weighing most) and topics, nearer in time weighing more; never one sharing nothing', () => {
    const related = relatedStories(stories);
    const of = (id: string) => paths(related.get(stories.find((s) => s.id === id)!.path)!);
    // b shares a person within weeks; d shares a person and a topic but five years earlier; c only a topic.
    assert.deepEqual(of('a'), ['b', 'd', 'c']);
    assert.deepEqual(of('e'), []);
  });

  test('limits the list', () => {
    const related = relatedStories(stories, 1);
    assert.deepEqual(paths(related.get(stories.find((s) => s.id === 'a')!.path)!), ['b']);
  });

  test('gives each story the one before and after it by date', () => {
    const adjacent = adjacentStories(stories);
    const a = adjacent.get(stories.find((s) => s.id === 'a')!.path)!;
    assert.equal(a.earlier?.id, 'd');
    assert.equal(a.later?.id, 'c');
    assert.equal(adjacent.get(stories.find((s) => s.id === 'd')!.path)!.earlier, undefined);
  });
});

describe('clipText', () => {
  test('keeps short text, and cuts long text at a word with an ellipsis', () => {
    assert.equal(clipText('Short.', 10), 'Short.');
    assert.equal(
      clipText('The couple lost their baby son, whom they named Jack', 32),
      'The couple lost their baby son…',
    );
  });
});
