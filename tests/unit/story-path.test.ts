import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  describeCollisions,
  findStoryPathCollisions,
  isStoryPageFile,
  isReservedSlug,
  isUndatedStoryPath,
  storyPageFilesGlob,
  storyPath,
  storyPathParams,
} from '../../src/entry/story-path.ts';

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

  test('puts a story known only to its year at /YYYY/slug/, claiming no month or day', () => {
    assert.equal(storyPath({ published: '2021', slug: 'estimate' }), '/2021/estimate/');
  });

  test('puts a story known only to its month at /YYYY/MM/slug/, claiming no day', () => {
    assert.equal(storyPath({ published: '2021-03', slug: 'estimate' }), '/2021/03/estimate/');
  });

  test('gives the parts of every dated shape as the story page routes take them', () => {
    assert.deepEqual(storyPathParams({ year: 2021 }, 'estimate'), { year: '2021', slug: 'estimate' });
    assert.deepEqual(storyPathParams({ year: 2021, month: 3 }, 'estimate'), {
      year: '2021',
      month: '03',
      slug: 'estimate',
    });
    assert.deepEqual(storyPathParams({ year: 2021, month: 3, day: 5 }, 'a'), {
      year: '2021',
      month: '03',
      day: '05',
      slug: 'a',
    });
  });

  test('reserves the slugs that would name a date archive folder beside a story: digits only, and "page"', () => {
    for (const slug of ['03', '1', '2021-03', 'page']) assert.ok(isReservedSlug(slug), slug);
    for (const slug of ['march', '3-things', 'page-one', 'pages']) assert.ok(!isReservedSlug(slug), slug);
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

  test('a story page at its precision is a story page; the year, month and day lists beside it are not', () => {
    assert.ok(isStoryPageFile('2021/a-story/index.html'));
    assert.ok(isStoryPageFile('2021/03/a-story/index.html'));
    for (const list of ['2021/index.html', '2021/03/index.html', '2021/03/05/index.html', '2021/page/2/index.html'])
      assert.ok(!isStoryPageFile(list), list);
    assert.ok(!isStoryPageFile('2021/03/05/page/index.html'));
  });

  test('the glob of the whole site takes every dated shape and undated pages; a shard takes undated ones only when it holds them', () => {
    const shapes = (year: string) =>
      `${year}/*[a-z]*/index.html,${year}/[0-9][0-9]/*[a-z]*/index.html,${year}/[0-9][0-9]/[0-9][0-9]/*[a-z]*/index.html`;
    assert.equal(storyPageFilesGlob(), `{${shapes('[0-9][0-9][0-9][0-9]')},undated/*[a-z]*/index.html}`);
    assert.equal(storyPageFilesGlob([2020]), `{${shapes('2020')}}`);
    assert.equal(storyPageFilesGlob([2019, 2020], true), `{${shapes('{2019,2020}')},undated/*[a-z]*/index.html}`);
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
