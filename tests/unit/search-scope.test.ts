import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { searchScope, yearSpan, yearsAsked } from '../../src/browser/search-scope.ts';
import { parseSearchState } from '../../src/browser/search-state.ts';

const newer = { id: '2020-2021', firstYear: 2020, lastYear: 2021 };
const middle = { id: '2015-2019', firstYear: 2015, lastYear: 2019 };
const older = { id: '2010-2014', firstYear: 2010, lastYear: 2014 };
const shards = [newer, middle, older];
const archiveYears = ['2010', '2021'];
const scope = (query: string, loaded: readonly (typeof newer)[] = []) =>
  searchScope(shards, parseSearchState(query), archiveYears, (shard) => loaded.includes(shard));

describe('the shards a search reads', () => {
  test('newest first reads the newest shard, and names the next one back', () => {
    assert.deepEqual(scope('q=flood'), { shards: [newer], next: middle });
    assert.deepEqual(scope('q=flood', [newer]), { shards: [newer], next: middle });
  });

  test('newest first reads on through every shard already loaded without a gap, and only those', () => {
    assert.deepEqual(scope('q=flood', [newer, middle]), { shards: [newer, middle], next: older });
    assert.deepEqual(scope('q=flood', [newer, older]), { shards: [newer], next: middle });
    assert.deepEqual(scope('q=flood', shards), { shards });
  });

  test('oldest first starts from the oldest shard and goes on to later ones', () => {
    assert.deepEqual(scope('q=flood&sort=oldest'), { shards: [older], next: middle });
    assert.deepEqual(scope('q=flood&sort=oldest', [older, middle]), { shards: [middle, older], next: newer });
  });

  test('relevance reads every shard', () => {
    assert.deepEqual(scope('q=flood&sort=relevance'), { shards });
  });

  test('a date range reads exactly the shards it overlaps, loaded or not, and nothing further', () => {
    assert.deepEqual(scope('q=flood&from=2012-05-01&to=2016-01-31'), { shards: [middle, older] });
    assert.deepEqual(scope('q=flood&from=2013-01-01&to=2013-12-31'), { shards: [older] });
    assert.deepEqual(scope('q=flood&from=2018-06-01'), { shards: [newer, middle] });
    assert.deepEqual(scope('q=flood&to=2011-01-01'), { shards: [older] });
    assert.deepEqual(scope('q=flood&from=1990-01-01&to=1999-12-31'), { shards: [] });
  });

  test('years and months ticked read the shards that hold them, narrowed by a date range', () => {
    assert.deepEqual(scope('year=2011&year=2021'), { shards: [newer, older] });
    assert.deepEqual(scope('month=2016-03'), { shards: [middle] });
    assert.deepEqual(scope('year=2011&year=2021&from=2020-01-01'), { shards: [newer] });
  });

  test('other filters leave the search in date order, shard by shard', () => {
    assert.deepEqual(scope('topic=Flooding'), { shards: [newer], next: middle });
  });
});

describe('years asked', () => {
  test('none without a year, a month or a date range', () => {
    assert.equal(yearsAsked(parseSearchState('q=a&topic=b'), archiveYears), undefined);
  });

  test('a range given the wrong way round is read the right way round', () => {
    assert.deepEqual(
      [...yearsAsked(parseSearchState('from=2014-01-01&to=2012-01-01'), archiveYears)!],
      [2012, 2013, 2014],
    );
  });
});

describe('year spans', () => {
  test('reads as first–last, or one year', () => {
    assert.equal(yearSpan([newer, middle]), '2015–2021');
    assert.equal(yearSpan([{ id: '2021', firstYear: 2021, lastYear: 2021 }]), '2021');
  });
});
