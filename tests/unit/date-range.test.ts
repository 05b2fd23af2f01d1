import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  coverDateRange,
  dateRangeFilter,
  isIsoDate,
  NO_SUCH_DAY,
  overlappedPeriods,
} from '../../src/browser/date-range.ts';

/** Every day from one ISO date to another, both included. */
function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** The days a cover stands for, expanded back to single days. */
function daysOf(cover: ReturnType<typeof coverDateRange>): string[] {
  return [
    ...cover.year.flatMap((year) => daysBetween(`${year}-01-01`, `${year}-12-31`)),
    ...cover.month.flatMap((month) => {
      const [y, m] = month.split('-').map(Number) as [number, number];
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return daysBetween(`${month}-01`, `${month}-${String(last).padStart(2, '0')}`);
    }),
    ...cover.day,
  ].sort();
}

describe('date ranges as whole periods', () => {
  test('recognises real calendar dates only', () => {
    assert.ok(isIsoDate('2020-02-29'));
    for (const bad of ['2021-02-29', '2020-13-01', '2020-1-05', '20200105', '', '2020-01-01T00:00', '0202-01-01']) {
      assert.equal(isIsoDate(bad), false, bad);
    }
  });

  test('covers a range with whole years, then whole months, then single days at the edges', () => {
    assert.deepEqual(coverDateRange('2019-12-30', '2021-02-02'), {
      year: ['2020'],
      month: ['2021-01'],
      day: ['2019-12-30', '2019-12-31', '2021-02-01', '2021-02-02'],
    });
    assert.deepEqual(coverDateRange('2020-02-01', '2020-02-29'), { year: [], month: ['2020-02'], day: [] });
    assert.deepEqual(coverDateRange('2020-05-05', '2020-05-05'), { year: [], month: [], day: ['2020-05-05'] });
    assert.deepEqual(coverDateRange('2020-05-06', '2020-05-05'), { year: [], month: [], day: [] });
  });

  test('the periods are exactly the days of the range, none missing and none extra', () => {
    for (const [from, to] of [
      ['2019-03-15', '2021-02-10'],
      ['2020-01-01', '2020-12-31'],
      ['2020-02-15', '2020-03-14'],
      ['1999-12-31', '2000-01-01'],
      ['2023-11-30', '2024-03-01'],
    ] as const) {
      assert.deepEqual(daysOf(coverDateRange(from, to)), daysBetween(from, to), `${from} to ${to}`);
    }
  });

  test('an open end runs to the first or last day of the archive’s years', () => {
    assert.deepEqual(dateRangeFilter({ from: '2020-12-31' }, ['2021', '2019', '2020']), {
      any: [{ year: { any: ['2021'] } }, { day: { any: ['2020-12-31'] } }, { period: { any: ['2020', '2020-12'] } }],
    });
    assert.deepEqual(dateRangeFilter({ to: '2019-01-31' }, ['2019', '2020']), {
      any: [{ month: { any: ['2019-01'] } }, { period: { any: ['2019'] } }],
    });
    assert.equal(dateRangeFilter({}, ['2020']), undefined);
  });

  test('a range asks for every year and month it overlaps only in part, where a story known only to one may lie', () => {
    assert.deepEqual(overlappedPeriods(coverDateRange('2021-06-01', '2021-12-31')), ['2021']);
    assert.deepEqual(overlappedPeriods(coverDateRange('2021-03-10', '2021-04-30')), ['2021', '2021-03']);
    assert.deepEqual(overlappedPeriods(coverDateRange('2020-01-01', '2021-12-31')), [], 'whole years: the year filter');
    assert.deepEqual(dateRangeFilter({ from: '2021-06-01', to: '2021-12-31' }, ['2020', '2021']), {
      any: [
        { month: { any: ['2021-06', '2021-07', '2021-08', '2021-09', '2021-10', '2021-11', '2021-12'] } },
        { period: { any: ['2021'] } },
      ],
    });
  });

  test('a range outside the archive’s years matches nothing, not everything', () => {
    const nothing = { any: [{ day: { any: [NO_SUCH_DAY] } }] };
    assert.deepEqual(dateRangeFilter({ from: '2030-01-01' }, ['2019', '2020']), nothing);
    assert.deepEqual(dateRangeFilter({ to: '2030-01-01' }, []), nothing);
  });
});
