import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  EMPTY_STATE,
  effectiveSort,
  hasFilters,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  serialiseSearchState,
  toggleFilter,
  withDateRange,
  withoutFilters,
} from '../../src/browser/search-state.ts';

/** The years an archive has, where an open-ended range stops. */
const YEARS = ['2019', '2020', '2021'];

describe('search state in the address', () => {
  test('reads words, repeated filter values and the order', () => {
    const state = parseSearchState('?q=%20flood%20&year=2020&year=2021&topic=Grief&month=2020-10&sort=oldest');
    assert.deepEqual(state, {
      q: 'flood',
      filters: {
        year: ['2020', '2021'],
        month: ['2020-10'],
        publication: [],
        topic: ['Grief'],
        person: [],
        thread: [],
      },
      range: {},
      sort: 'oldest',
    });
  });

  test('ignores unknown parameters, unknown orders, empty and repeated values', () => {
    assert.deepEqual(parseSearchState('utm=x&sort=random&year=&year=2020&year=2020'), {
      q: '',
      filters: { ...EMPTY_STATE.filters, year: ['2020'] },
      range: {},
    });
  });

  test('reads a date range, ignoring dates that are not real calendar dates', () => {
    assert.deepEqual(parseSearchState('from=2020-03-01&to=2020-06-30').range, { from: '2020-03-01', to: '2020-06-30' });
    assert.deepEqual(parseSearchState('from=2021-02-29&to=2020-6-30').range, {});
    assert.deepEqual(parseSearchState('from=0002-12-31').range, {}, 'a year still being typed');
    assert.deepEqual(parseSearchState('to=2020-12-31').range, { to: '2020-12-31' });
  });

  test('writes a state back as the query it was read from, in a fixed order', () => {
    const query =
      'q=rain+%26+wind&year=2020&year=2021&publication=Harbor+Times&person=Aiko+Tanaka&from=2020-01-15&to=2021-02-01&sort=newest';
    assert.equal(serialiseSearchState(parseSearchState(query)), query);
    assert.equal(serialiseSearchState(parseSearchState('sort=newest&q=a')), 'q=a&sort=newest');
  });

  test('the empty search is the empty query', () => {
    assert.equal(serialiseSearchState(EMPTY_STATE), '');
    assert.deepEqual(parseSearchState(''), EMPTY_STATE);
  });

  test('keeps labels in any script and case', () => {
    const state = parseSearchState(serialiseSearchState(toggleFilter(EMPTY_STATE, 'topic', 'Économie', true)));
    assert.deepEqual(state.filters.topic, ['Économie']);
  });
});

describe('search order', () => {
  test('words and browsing alike sort newest first unless asked otherwise', () => {
    assert.equal(effectiveSort(parseSearchState('q=flood')), 'newest');
    assert.equal(effectiveSort(parseSearchState('q=flood&sort=relevance')), 'relevance');
    assert.equal(effectiveSort(parseSearchState('year=2020')), 'newest');
    assert.equal(effectiveSort(parseSearchState('q=flood&sort=oldest')), 'oldest');
  });

  test('gives Pagefind its date sort, or none for relevance', () => {
    assert.equal(pagefindSort(parseSearchState('q=flood&sort=relevance')), undefined);
    assert.deepEqual(pagefindSort(parseSearchState('')), { date: 'desc' });
    assert.deepEqual(pagefindSort(parseSearchState('q=a&sort=oldest')), { date: 'asc' });
  });
});

describe('filters', () => {
  test('values of one filter are any-of, filters together all-of, and a filter can be left out', () => {
    const state = parseSearchState('year=2020&year=2021&topic=Grief');
    assert.deepEqual(pagefindFilters(state, YEARS), { year: { any: ['2020', '2021'] }, topic: { any: ['Grief'] } });
    assert.deepEqual(pagefindFilters(state, YEARS, 'year'), { topic: { any: ['Grief'] } });
    assert.deepEqual(pagefindFilters(EMPTY_STATE, YEARS), {});
  });

  test('a date range is one more all-of condition, as any of the periods that cover it', () => {
    const state = parseSearchState('topic=Grief&from=2020-12-30&to=2021-01-31');
    assert.deepEqual(pagefindFilters(state, YEARS), {
      topic: { any: ['Grief'] },
      any: [
        { month: { any: ['2021-01'] } },
        { day: { any: ['2020-12-30', '2020-12-31'] } },
        { period: { any: ['2020', '2020-12', '2021'] } },
      ],
    });
    assert.ok(hasFilters(parseSearchState('to=2020-01-01')));
  });

  test('a range given the wrong way round is kept as given, and searched the right way round', () => {
    const state = withDateRange(EMPTY_STATE, { from: '2021-01-31', to: '2020-12-30' });
    assert.deepEqual(state.range, { from: '2021-01-31', to: '2020-12-30' });
    assert.deepEqual(
      pagefindFilters(state, YEARS),
      pagefindFilters(withDateRange(EMPTY_STATE, { from: '2020-12-30', to: '2021-01-31' }), YEARS),
    );
    assert.deepEqual(withDateRange(state, { from: '2020-05-01' }).range, { from: '2020-05-01' });
  });

  test('ticking and unticking a value', () => {
    const on = toggleFilter(EMPTY_STATE, 'person', 'Tom Becker', true);
    assert.deepEqual(on.filters.person, ['Tom Becker']);
    assert.ok(hasFilters(on));
    assert.deepEqual(toggleFilter(on, 'person', 'Tom Becker', false).filters.person, []);
  });

  test('unticking a year drops the months of that year only', () => {
    const state = parseSearchState('year=2020&year=2021&month=2020-10&month=2021-03');
    assert.deepEqual(toggleFilter(state, 'year', '2020', false).filters.month, ['2021-03']);
  });

  test('clearing filters keeps the words and the order', () => {
    const cleared = withoutFilters(parseSearchState('q=flood&year=2020&from=2020-01-01&sort=oldest'));
    assert.equal(serialiseSearchState(cleared), 'q=flood&sort=oldest');
    assert.equal(hasFilters(cleared), false);
  });
});
