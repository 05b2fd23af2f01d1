import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filterLabel } from '../../src/scripts/filter-panel.ts';

test('a month filter value is shown as the month and year in words', () => {
  assert.equal(filterLabel('month', '2020-10'), 'October 2020');
  assert.equal(filterLabel('month', '2021-01'), 'January 2021');
});

test('other filter values are shown as they are', () => {
  assert.equal(filterLabel('year', '2020'), '2020');
  assert.equal(filterLabel('topic', 'Économie'), 'Économie');
});
