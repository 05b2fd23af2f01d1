import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  describeCollisions,
  findStoryPathCollisions,
  isStoryPageFile,
  isUndatedStoryPath,
  storyPageFilesGlob,
  storyPath,
} from '../../src/lib/story-path.ts';

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

  test('puts an undated story at /undated/slug/, outside the date tree, in any time zone', () => {
    assert.equal(storyPath({ slug: 'no-date' }), '/undated/no-date/');
    assert.equal(storyPath({ published: undefined, slug: 'no-date' }, 'Pacific/Kiritimati'), '/undated/no-date/');
    assert.ok(isUndatedStoryPath('/undated/no-date/'));
    assert.ok(!isUndatedStoryPath('/2020/10/01/no-date/'));
    assert.ok(!isUndatedStoryPath('/undated/'), 'the list of undated stories is not a story');
  });
});

describe('story page files', () => {
  test('an undated story page is a story page; the undated list and its later pages are not', () => {
    assert.ok(isStoryPageFile('undated/no-date/index.html'));
    assert.ok(isStoryPageFile('2020/10/01/a-story/index.html'));
    assert.ok(!isStoryPageFile('undated/index.html'));
    assert.ok(!isStoryPageFile('undated/page/2/index.html'));
  });

  test('the glob of the whole site takes undated pages; a shard takes them only when it holds them', () => {
    assert.equal(
      storyPageFilesGlob(),
      '{[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html,undated/*/index.html}',
    );
    assert.equal(storyPageFilesGlob([2020]), '2020/[0-9][0-9]/[0-9][0-9]/*/index.html');
    assert.equal(
      storyPageFilesGlob([2019, 2020], true),
      '{{2019,2020}/[0-9][0-9]/[0-9][0-9]/*/index.html,undated/*/index.html}',
    );
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

  test('finds two undated entries with one slug, and says they are both undated', () => {
    const collisions = findStoryPathCollisions([
      { file: 'a.md', data: { slug: 'same' } },
      { file: 'b.md', data: { slug: 'same' } },
      { file: 'c.md', data: { published: '2020-10-01', slug: 'same' } },
    ]);
    assert.deepEqual(collisions, [{ path: '/undated/same/', files: ['a.md', 'b.md'] }]);
    assert.match(describeCollisions(collisions), /\/undated\/same\/ \(both undated, same slug\)/);
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
