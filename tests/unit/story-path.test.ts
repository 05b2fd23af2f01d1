import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeCollisions, findStoryPathCollisions, storyPath } from '../../src/lib/story-path.ts';

describe('storyPath', () => {
  test('puts a story at /YYYY/MM/DD/slug/', () => {
    assert.equal(storyPath({ published: '2020-10-01', slug: 'a-story' }), '/2020/10/01/a-story/');
  });

  test('uses the publication day in the archive time zone, not in UTC', () => {
    assert.equal(
      storyPath({ published: '2020-10-02T01:00:00Z', slug: 'late' }, 'America/New_York'),
      '/2020/10/01/late/',
    );
  });

  test('places a year-precision estimate at the first day of that year', () => {
    assert.equal(storyPath({ published: '2021', slug: 'estimate' }), '/2021/01/01/estimate/');
  });
});

describe('findStoryPathCollisions', () => {
  test('finds two entries that claim one URL and names both files', () => {
    const collisions = findStoryPathCollisions([
      { file: 'a.md', data: { published: '2020-10-01', slug: 'same' } },
      { file: 'b.md', data: { published: '2020-10-01', slug: 'same' } },
      { file: 'c.md', data: { published: '2020-10-02', slug: 'same' } },
    ]);
    assert.deepEqual(collisions, [{ path: '/2020/10/01/same/', files: ['a.md', 'b.md'] }]);
    assert.match(describeCollisions(collisions), /a\.md and b\.md: field "slug": the same URL \/2020\/10\/01\/same\//);
  });

  test('finds none when every URL is unique', () => {
    assert.deepEqual(
      findStoryPathCollisions([
        { file: 'a.md', data: { published: '2020-10-01', slug: 'one' } },
        { file: 'b.md', data: { published: '2020-10-01', slug: 'two' } },
      ]),
      [],
    );
  });
});
