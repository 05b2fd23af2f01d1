import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { calendarDate, parsePublished, sortKey } from '../../src/entry/published-date.ts';

function parsed(value: string) {
  const result = parsePublished(value);
  assert.ok(result.ok, `expected ${value} to parse`);
  return result.date;
}

describe('parsePublished', () => {
  test('reads the precision from the value itself', () => {
    assert.equal(parsed('2021').precision, 'year');
    assert.equal(parsed('2021-11').precision, 'month');
    assert.equal(parsed('2021-11-05').precision, 'day');
    assert.equal(parsed('2021-11-05T14:03:00-05:00').precision, 'instant');
    assert.equal(parsed('2021-11-05T14:03Z').precision, 'instant');
  });

  test('refuses a day the calendar does not have', () => {
    const result = parsePublished('2020-02-30');
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.reason, /not a calendar date/);
    assert.equal(parsePublished('2021-02-29').ok, false);
    assert.equal(parsePublished('2020-02-29').ok, true);
  });

  test('refuses a time without an offset, which would mean different moments in different places', () => {
    const result = parsePublished('2021-11-05T14:03:00');
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.reason, /offset/);
  });

  test('refuses text that is not an ISO 8601 date', () => {
    for (const value of ['October 1, 2020', '2020/10/01', '20201001', '', '2020-13-01', '2020-10-01T25:00Z']) {
      assert.equal(parsePublished(value).ok, false, value);
    }
  });
});

describe('calendarDate', () => {
  test('never shifts a calendar day, whatever the zone', () => {
    for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      assert.deepEqual(calendarDate(parsed('2020-10-01'), zone), { year: 2020, month: 10, day: 1 });
    }
  });

  test('places an instant on the day it was in the archive zone', () => {
    const lateEvening = parsed('2020-10-02T02:30:00Z');
    assert.deepEqual(calendarDate(lateEvening, 'America/New_York'), { year: 2020, month: 10, day: 1 });
    assert.deepEqual(calendarDate(lateEvening, 'Europe/Berlin'), { year: 2020, month: 10, day: 2 });
  });
});

describe('sortKey', () => {
  test('orders reduced precision at the start of its period and instants within their day', () => {
    const zone = 'America/New_York';
    const keys = ['2021-03-04T09:00:00-05:00', '2021', '2021-03-04', '2020-12-31'].map((v) => sortKey(parsed(v), zone));
    assert.deepEqual([...keys].sort(), [keys[3], keys[1], keys[2], keys[0]]);
  });

  test('orders instants of one day by the moment, even where the UTC date differs', () => {
    const zone = 'America/New_York';
    const morning = sortKey(parsed('2020-10-01T12:00:00Z'), zone); // 8 AM in New York
    const lateEvening = sortKey(parsed('2020-10-02T02:00:00Z'), zone); // 10 PM on the 1st in New York
    assert.ok(morning < lateEvening, `${morning} sorts before ${lateEvening}`);
  });
});
