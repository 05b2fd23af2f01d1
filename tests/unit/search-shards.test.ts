import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { handDownPlan, shardPlanOf, shardsToIndex } from '../../src/build/search-shard-plan.ts';
import { partOfPage, pathsOfThisPart } from '../../src/build/build-part.ts';
import { reconcile } from '../../src/lib/reconcile.ts';
import {
  countStoriesByYear,
  DEFAULT_SHARD_STORIES,
  planSearchShards,
  searchShardYears,
  shardOfYear,
  undatedShard,
  shardStoriesLimit,
} from '../../src/lib/search-shards.ts';
import { storyPageFilesGlob } from '../../src/entry/story-path.ts';
import { shardSearches, sumFilterCounts } from '../../src/browser/pagefind-client.ts';

const years = (entries: Record<number, number>) => new Map(Object.entries(entries).map(([y, n]) => [Number(y), n]));

describe('the search shard plan', () => {
  test('an archive within the limit is one shard, named by its first and last year', () => {
    assert.deepEqual(planSearchShards(years({ 2019: 9, 2020: 25, 2021: 11 }), 100), [
      { id: '2019-2021', firstYear: 2019, lastYear: 2021, stories: 45 },
    ]);
  });

  test('groups whole years oldest first, lists shards newest first, and never splits a year', () => {
    const plan = planSearchShards(years({ 2019: 9, 2020: 25, 2021: 11, 2022: 5 }), 20);
    assert.deepEqual(
      plan.map((s) => [s.id, s.stories]),
      [
        ['2021-2022', 16],
        ['2020', 25],
        ['2019', 9],
      ],
    );
  });

  test('a story added in the newest year changes only the newest shard', () => {
    const before = planSearchShards(years({ 1990: 8, 1991: 8, 1992: 8, 1993: 3 }), 16);
    const after = planSearchShards(years({ 1990: 8, 1991: 8, 1992: 8, 1993: 4 }), 16);
    assert.deepEqual(after.slice(1), before.slice(1));
    assert.equal(after[0]!.stories, before[0]!.stories + 1);
  });

  test('every year with stories is in exactly one shard, and no shard is over the limit unless one year is', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.integer({ min: 1900, max: 2100 }).map(String), fc.integer({ min: 0, max: 50 })),
        fc.integer({ min: 1, max: 120 }),
        (counts, limit) => {
          const byYear = years(counts as unknown as Record<number, number>);
          const plan = planSearchShards(byYear, limit);
          for (const [year, count] of byYear) {
            const holding = plan.filter((s) => s.firstYear <= year && year <= s.lastYear);
            assert.equal(holding.length, count > 0 ? 1 : holding.length);
            if (count > 0) assert.equal(shardOfYear(plan, year), holding[0]);
          }
          const total = [...byYear.values()].reduce((a, b) => a + b, 0);
          assert.equal(
            plan.reduce((sum, s) => sum + s.stories, 0),
            total,
          );
          for (const shard of plan) {
            assert.ok(shard.stories <= limit || shard.firstYear === shard.lastYear, shard.id);
          }
          for (let i = 1; i < plan.length; i++) assert.ok(plan[i]!.lastYear < plan[i - 1]!.firstYear);
        },
      ),
    );
  });

  test('counts stories by the year of their URL', () => {
    assert.deepEqual(
      countStoriesByYear(['/2020/10/01/a/', '/2020/11/30/b/', '/2021/01/02/c/']),
      years({ 2020: 2, 2021: 1 }),
    );
    assert.throws(() => countStoriesByYear(['/about/']), /\/about\/: not a story path/);
  });

  test('SEARCH_SHARD_STORIES sets the limit; anything but a whole number above 0 is refused by name', () => {
    assert.equal(shardStoriesLimit({}), DEFAULT_SHARD_STORIES);
    assert.equal(shardStoriesLimit({ SEARCH_SHARD_STORIES: '500' }), 500);
    for (const bad of ['0', '-3', '1.5', 'many']) {
      assert.throws(
        () => shardStoriesLimit({ SEARCH_SHARD_STORIES: bad }),
        /^Error: SEARCH_SHARD_STORIES: ".*" is not a whole number/,
      );
    }
  });

  test('SEARCH_SHARD picks one shard to index, and a shard the archive does not have is refused, naming those it has', () => {
    const plan = planSearchShards(years({ 2019: 9, 2020: 25 }), 20);
    assert.deepEqual(shardsToIndex(plan, {}), plan);
    assert.deepEqual(
      shardsToIndex(plan, { SEARCH_SHARD: '2019' }).map((s) => s.id),
      ['2019'],
    );
    assert.throws(
      () => shardsToIndex(plan, { SEARCH_SHARD: '1999' }),
      /SEARCH_SHARD: "1999" is not a shard of this archive \(its shards: 2020, 2019\)/,
    );
  });

  test('a part of a build in parts takes the plan handed down, and refuses one its stories no longer match', () => {
    const counted = years({ 2019: 9, 2020: 25 });
    const plan = planSearchShards(counted, 20);
    assert.deepEqual(
      shardPlanOf(counted, {}),
      planSearchShards(counted, 12_000),
      'planned from the stories without one',
    );
    assert.deepEqual(shardPlanOf(counted, handDownPlan(plan)), plan, 'whatever SEARCH_SHARD_STORIES would plan now');
    assert.throws(
      () => shardPlanOf(years({ 2019: 9, 2020: 26 }), handDownPlan(plan)),
      /SEARCH_SHARD_PLAN: shard 2020 was planned with 25 stories, but the archive has 26: the entries changed while it was built; build again/,
    );
    assert.throws(
      () => shardPlanOf(years({ 2018: 1, 2019: 9, 2020: 25 }), handDownPlan(plan)),
      /SEARCH_SHARD_PLAN: 1 story of 2018 in no shard of the plan: the entries changed while it was built; build again/,
    );
    assert.throws(
      () => shardPlanOf(counted, { SEARCH_SHARD_PLAN: '[{"id":"x"}]' }),
      /SEARCH_SHARD_PLAN: not a list of search shards/,
    );
  });

  test("a shard's glob takes its years' story pages", () => {
    assert.match(storyPageFilesGlob([2020]), /^\{2020\/\*\[a-z\]\*\/index\.html,/);
    assert.match(storyPageFilesGlob([2019, 2020]), /^\{\{2019,2020\}\/\*\[a-z\]\*\/index\.html,/);
  });
});

describe('one part of a split build', () => {
  const plan = [
    { id: '2020-2021', firstYear: 2020, lastYear: 2021, stories: 30 },
    { id: '2019', firstYear: 2019, lastYear: 2019, stories: 20 },
  ];

  test('renders the pages under its years, the numbered list pages a hash of their params gives it, and the newest part every other page', () => {
    assert.equal(partOfPage({ year: '2019', month: '05', day: '01', slug: 'a' }, plan).id, '2019');
    assert.equal(partOfPage({ year: '2019', month: '05', slug: 'a' }, plan).id, '2019', 'a story known to its month');
    assert.equal(partOfPage({ year: '2019', slug: 'a' }, plan).id, '2019', 'a story known to its year');
    assert.equal(partOfPage({ year: '2021', period: '03/page/2' }, plan).id, '2020-2021');
    assert.equal(partOfPage({ file: 'a.txt' }, plan, 2019).id, '2019', "a raw source, by its story's year");
    assert.equal(
      partOfPage({ file: 'b.txt' }, plan, 'undated').id,
      '2019',
      "an undated story's raw source, by the oldest",
    );
    const numbered = Array.from({ length: 40 }, (_, i) => ({ page: String(i + 1) }));
    const parts = numbered.map((params) => partOfPage(params, plan).id);
    assert.deepEqual(
      parts,
      numbered.map((params) => partOfPage({ ...params }, plan).id),
      'the same params, the same part',
    );
    assert.deepEqual(new Set(parts), new Set(['2019', '2020-2021']), 'shared between the parts');
    // The order params are listed in does not matter.
    assert.equal(
      partOfPage({ kind: 'people', label: 'a', page: '2' }, plan),
      partOfPage({ page: '2', label: 'a', kind: 'people' }, plan),
    );
    for (const front of [
      { page: undefined },
      { kind: 'people', label: 'a', page: undefined },
      { thread: 't' },
      { kind: 'topics' },
    ])
      assert.equal(
        partOfPage(front, plan).id,
        '2020-2021',
        `${JSON.stringify(front)}: what a new story changes, the newest part's`,
      );
  });

  test("undated stories are counted in no year, and their pages are the oldest shard's part", () => {
    assert.deepEqual(
      countStoriesByYear(['/2019/01/02/a/', '/undated/b/', '/2021/03/04/c/', '/undated/d/', '/2021/e/', '/2019/05/f/']),
      new Map([
        [2019, 2],
        [2021, 2],
      ]),
    );
    assert.equal(undatedShard(plan)?.id, '2019', 'the oldest');
    assert.equal(undatedShard([]), undefined);
    const paths = ['b', 'd'].map((slug) => ({ params: { slug }, shelf: 'undated' as const }));
    assert.deepEqual(pathsOfThisPart(paths, plan, { SEARCH_SHARD: '2019' }), paths);
    assert.deepEqual(pathsOfThisPart(paths, plan, { SEARCH_SHARD: '2020-2021' }), []);
    assert.deepEqual(pathsOfThisPart(paths, [], {}), paths, 'a whole build, even of undated stories alone');
  });

  test("SEARCH_SHARD's years are read from its id", () => {
    assert.deepEqual(searchShardYears({ SEARCH_SHARD: '2019-2020' }), { firstYear: 2019, lastYear: 2020 });
    assert.deepEqual(searchShardYears({ SEARCH_SHARD: '2024' }), { firstYear: 2024, lastYear: 2024 });
    assert.equal(searchShardYears({}), undefined);
    assert.throws(() => searchShardYears({ SEARCH_SHARD: 'recent' }), /SEARCH_SHARD: "recent" is not a shard id/);
  });

  test('SEARCH_SHARD keeps its part of the paths; without it a build keeps them all', () => {
    const paths = Array.from({ length: 40 }, (_, i) => ({ params: { kind: 'people', label: `p${i}`, page: '1' } }));
    const newer = pathsOfThisPart(paths, plan, { SEARCH_SHARD: '2020-2021' });
    const older = pathsOfThisPart(paths, plan, { SEARCH_SHARD: '2019' });
    assert.equal(newer.length + older.length, paths.length);
    assert.ok(newer.every((path) => !older.includes(path)));
    assert.deepEqual(pathsOfThisPart(paths, plan, {}), paths);
    assert.throws(() => pathsOfThisPart(paths, plan, { SEARCH_SHARD: '2018' }), /SEARCH_SHARD: "2018" is not a shard/);
  });

  const entry = (file: string, path: string) => ({ file, sourcePath: `content/sources/${file}`, path });
  const input = {
    sources: ['content/sources/a', 'content/sources/b'],
    entries: [entry('a', '/2019/01/01/a/'), entry('b', '/2020/01/01/b/')],
    refusals: [],
  };
  const in2020 = (path: string) => path.startsWith('/2020/');

  test('reconciles with the story pages and search records of its own stories only', () => {
    assert.deepEqual(
      reconcile({ ...input, storyPages: ['/2020/01/01/b/'], searchRecords: ['/2020/01/01/b/'], holds: in2020 })
        .problems,
      [],
    );
  });

  test('fails for a page or record outside it, or a story of its own missing', () => {
    const own = ['/2020/01/01/b/'];
    const both = ['/2019/01/01/a/', '/2020/01/01/b/'];
    assert.deepEqual(reconcile({ ...input, storyPages: own, searchRecords: both, holds: in2020 }).problems, [
      'a: 1 search records for /2019/01/01/a/ (expected 0)',
    ]);
    assert.deepEqual(reconcile({ ...input, storyPages: both, searchRecords: own, holds: in2020 }).problems, [
      'a: 1 story pages at /2019/01/01/a/ (expected 0)',
    ]);
    assert.deepEqual(reconcile({ ...input, storyPages: [], searchRecords: [], holds: in2020 }).problems, [
      'b: 0 story pages at /2020/01/01/b/ (expected 1)',
      'b: 0 search records for /2020/01/01/b/ (expected 1)',
    ]);
  });
});

describe('searching shards as one', () => {
  const shards = [
    { id: '2020-2021', firstYear: 2020, lastYear: 2021 },
    { id: '2019', firstYear: 2019, lastYear: 2019 },
  ];
  const topic = { topic: { any: ['Flooding'] } };

  const bothLoaded = { loaded: 2 };

  test("relevance is one search per shard too, each held to its shard's years, so that each search's results come from one shard", () => {
    assert.deepEqual(shardSearches(shards, { filters: topic }, bothLoaded), [
      { filters: { all: [topic, { year: { any: ['2020', '2021'] } }] } },
      { filters: { all: [topic, { year: { any: ['2019'] } }] } },
    ]);
  });

  test('relevance with a single shard loaded is one search, as given', () => {
    assert.deepEqual(shardSearches(shards, { filters: topic }, { loaded: 1 }), [{ filters: topic }]);
  });

  test("newest first is one search per shard, newest shard first, each held to its shard's years", () => {
    const sort = { date: 'desc' as const };
    assert.deepEqual(shardSearches(shards, { filters: topic, sort }, bothLoaded), [
      { sort, filters: { all: [topic, { year: { any: ['2020', '2021'] } }] } },
      { sort, filters: { all: [topic, { year: { any: ['2019'] } }] } },
    ]);
  });

  test('oldest first starts from the oldest shard', () => {
    const sort = { date: 'asc' as const };
    assert.deepEqual(
      shardSearches(shards, { sort }, bothLoaded).map((o) => o.filters),
      [{ all: [{}, { year: { any: ['2019'] } }] }, { all: [{}, { year: { any: ['2020', '2021'] } }] }],
    );
  });

  test('one shard of several is held to its years once another shard is loaded too', () => {
    const sort = { date: 'desc' as const };
    assert.deepEqual(shardSearches(shards.slice(0, 1), { sort }, bothLoaded), [
      { sort, filters: { all: [{}, { year: { any: ['2020', '2021'] } }] } },
    ]);
  });

  test('with a single shard loaded, a search needs no split, in any order', () => {
    const sort = { date: 'asc' as const };
    assert.deepEqual(shardSearches(shards.slice(0, 1), { sort }, { loaded: 1 }), [{ sort }]);
  });

  test('undated stories are searched by relevance, at the old end of either order, when the scope holds their shard', () => {
    const undated = { shard: shards[1]!, years: ['2019', '2020', '2021'] };
    const withoutDate = { filters: { all: [topic, { not: { year: { any: ['2019', '2020', '2021'] } } }] } };
    const newest = shardSearches(shards, { filters: topic, sort: { date: 'desc' } }, { loaded: 2, undated });
    assert.deepEqual(newest.at(-1), withoutDate);
    assert.equal(newest.length, 3);
    const oldest = shardSearches(shards, { filters: topic, sort: { date: 'asc' } }, { loaded: 2, undated });
    assert.deepEqual(oldest[0], withoutDate);
    assert.equal(shardSearches(shards.slice(0, 1), { sort: { date: 'desc' } }, { loaded: 2, undated }).length, 1);
  });

  test('filter counts add up across shards', () => {
    assert.deepEqual(
      sumFilterCounts([
        { year: { '2021': 2 }, topic: { Flood: 1 } },
        { year: { '2020': 4 }, topic: { Flood: 2, Fire: 1 } },
      ]),
      {
        year: { '2021': 2, '2020': 4 },
        topic: { Flood: 3, Fire: 1 },
      },
    );
  });
});
