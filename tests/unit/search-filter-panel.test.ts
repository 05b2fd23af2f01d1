import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { filterLabel, shownFilterValues } from '../../src/browser/filter-panel.ts';
import { EMPTY_STATE, toggleFilter } from '../../src/browser/search-state.ts';

test('a month filter value is shown as the month and year in words', () => {
  assert.equal(filterLabel('month', '2020-10'), 'October 2020');
  assert.equal(filterLabel('month', '2021-01'), 'January 2021');
});

test('other filter values are shown as they are', () => {
  assert.equal(filterLabel('year', '2020'), '2020');
  assert.equal(filterLabel('topic', 'Économie'), 'Économie');
});

describe('long filter lists', () => {
  const counts = Object.fromEntries(
    Array.from({ length: 20 }, (_, i) => [`Person ${String(i).padStart(2, '0')}`, i + 1]),
  );

  test('show the twelve values with the most stories, most first, and say how many more there are', () => {
    const { values, hidden } = shownFilterValues('person', counts, EMPTY_STATE, false);
    assert.deepEqual(
      values,
      Array.from({ length: 12 }, (_, i) => `Person ${String(19 - i).padStart(2, '0')}`),
    );
    assert.equal(hidden, 8);
  });

  test('keep a ticked value in the short list, however few its stories', () => {
    const state = toggleFilter(EMPTY_STATE, 'person', 'Person 00', true);
    const { values, hidden } = shownFilterValues('person', counts, state, false);
    assert.ok(values.includes('Person 00'));
    assert.equal(values.length + hidden, 20);
  });

  test('show every value, A to Z, once expanded; short lists and years are never cut', () => {
    const all = shownFilterValues('person', counts, EMPTY_STATE, true);
    assert.equal(all.values.length, 20);
    assert.deepEqual(all.values, [...all.values].sort());
    const years = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [String(1980 + i), 1]));
    assert.equal(shownFilterValues('year', years, EMPTY_STATE, false).values.length, 40);
    assert.equal(shownFilterValues('topic', { A: 1, B: 2 }, EMPTY_STATE, false).hidden, 0);
  });
});
