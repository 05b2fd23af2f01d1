import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  hasMoment,
  publishedDateTime,
  publishedIsoDate,
  publishedMoment,
} from '../../src/lib/feeds/published-date-time.ts';
import { parsePublished } from '../../src/entry/published-date.ts';

const NEW_YORK = 'America/New_York';

function dateTime(value: string, timeZone = NEW_YORK): string {
  const parsed = parsePublished(value);
  assert.ok(parsed.ok, value);
  return publishedDateTime(parsed.date, timeZone);
}

test('a year-only or month-only date names no moment and is written as ISO 8601 says it: "2021", "2020-11"', () => {
  for (const value of ['2021', '2020-11']) {
    const parsed = parsePublished(value);
    assert.ok(parsed.ok);
    assert.equal(hasMoment(parsed.date), false);
    assert.equal(publishedIsoDate(parsed.date, NEW_YORK), value);
  }
});

test('a day or an instant names a moment, and its ISO 8601 date is that moment in RFC 3339', () => {
  for (const value of ['2021-03-14', '2021-03-15T01:30:00Z']) {
    const parsed = parsePublished(value);
    assert.ok(parsed.ok);
    assert.equal(hasMoment(parsed.date), true);
    assert.equal(publishedIsoDate(parsed.date, NEW_YORK), dateTime(value));
  }
});

test('a calendar day stands for its midnight, on either side of a change to daylight time', () => {
  assert.equal(dateTime('2021-03-14'), '2021-03-14T00:00:00-05:00');
  assert.equal(dateTime('2021-03-15'), '2021-03-15T00:00:00-04:00');
});

test('an instant keeps its moment and is written in the archive zone, with seconds', () => {
  assert.equal(dateTime('2021-03-15T01:30:00Z'), '2021-03-14T21:30:00-04:00');
  assert.equal(dateTime('2021-11-05T14:03-05:00'), '2021-11-05T15:03:00-04:00');
});

test('writes a zero or a half-hour offset as ±HH:MM', () => {
  assert.equal(dateTime('2020-10-01', 'UTC'), '2020-10-01T00:00:00+00:00');
  assert.equal(dateTime('2020-10-01', 'Asia/Kolkata'), '2020-10-01T00:00:00+05:30');
});

test('the moment and its RFC 3339 text are the same instant', () => {
  for (const value of ['2021', '2020-11', '2021-03-14', '2021-03-15T01:30:00Z']) {
    const parsed = parsePublished(value);
    assert.ok(parsed.ok);
    assert.equal(
      publishedMoment(parsed.date, NEW_YORK).getTime(),
      Date.parse(publishedDateTime(parsed.date, NEW_YORK)),
      value,
    );
  }
});
