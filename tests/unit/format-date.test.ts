import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datetimeAttribute, formatCalendarDay, formatPublished } from '../../src/lib/format-date.ts';
import { parsePublished } from '../../src/entry/published-date.ts';

function date(value: string) {
  const result = parsePublished(value);
  assert.ok(result.ok);
  return result.date;
}

test('shows a date only as precisely as it is known', () => {
  assert.equal(formatPublished(date('2021')), '2021');
  assert.equal(formatPublished(date('2021-11')), 'November 2021');
  assert.equal(formatPublished(date('2020-10-01')), 'October 1, 2020');
});

test('shows an instant on its day in the archive zone, with the zone named', () => {
  assert.equal(formatPublished(date('2020-10-02T01:30:00Z')), 'October 1, 2020, 9:30 PM EDT');
});

test('gives <time datetime> the same precision as the value', () => {
  assert.equal(datetimeAttribute(date('2021')), '2021');
  assert.equal(datetimeAttribute(date('2021-11')), '2021-11');
  assert.equal(datetimeAttribute(date('2021-11-05')), '2021-11-05');
  assert.equal(datetimeAttribute(date('2021-11-05T14:03:00-05:00')), '2021-11-05T14:03:00-05:00');
});

test('formats a quote date and leaves anything else as written', () => {
  assert.equal(formatCalendarDay('2020-10-01'), 'October 1, 2020');
  assert.equal(formatCalendarDay('sometime'), 'sometime');
});
