/**
 * A from–to date range as Pagefind filters. Pagefind matches filter values
 * exactly, so a range is written as the fewest whole periods that cover it
 * and nothing else: whole years ("year"), whole months ("month") and, at the
 * ragged edges, single days ("day"), any of them matching. Stories carry all
 * three filters as far as their date is known (src/lib/search-filters.ts), so
 * the range is exact to the day at both ends for a story dated to the day. A
 * story known only to its year or month also carries that period ("period":
 * "2021", "2021-03"), and matches any range that overlaps it: the range asks
 * for every year and month it covers only in part. Pure: no DOM, no Pagefind.
 */

/** Both ends included, as ISO calendar dates ("2020-03-15"); an end left open runs to the archive's first or last year. */
export interface DateRange {
  readonly from?: string;
  readonly to?: string;
}

/** The periods that exactly cover a range, by filter name, each in date order. */
export interface RangeCover {
  readonly year: string[];
  readonly month: string[];
  readonly day: string[];
}

type AnyOf = { any: string[] };
/** Pagefind's filter for a range: any of the periods, or any year or month it overlaps (`period`). */
export type DateRangeFilter = { any: Partial<Record<keyof RangeCover | 'period', AnyOf>>[] };

/**
 * Four-digit years only: a date field reports a year still being typed
 * (0002, 0020, 0202 on the way to 2020) as a date, and none is meant.
 */
const ISO_DATE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD, year 1000 to 9999 ("2021-02-29" is not one). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const toUtc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoOf = (date: Date) => date.toISOString().slice(0, 10);
const nextDay = (date: Date) => new Date(date.getTime() + 86_400_000);
/** The last day of the date's month, and of its year. */
const monthEnd = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
const yearEnd = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), 11, 31));

/**
 * The whole years, whole months and single days that together are exactly
 * the days from `from` to `to`, both included; empty when `from` is after `to`.
 */
export function coverDateRange(from: string, to: string): RangeCover {
  const cover: RangeCover = { year: [], month: [], day: [] };
  const last = toUtc(to);
  let cursor = toUtc(from);
  while (cursor <= last) {
    const year = cursor.getUTCFullYear();
    const month = cursor.getUTCMonth() + 1;
    const startsYear = month === 1 && cursor.getUTCDate() === 1;
    const startsMonth = cursor.getUTCDate() === 1;
    if (startsYear && yearEnd(cursor) <= last) {
      cover.year.push(String(year));
      cursor = nextDay(yearEnd(cursor));
    } else if (startsMonth && monthEnd(cursor) <= last) {
      cover.month.push(`${year}-${pad2(month)}`);
      cursor = nextDay(monthEnd(cursor));
    } else {
      cover.day.push(isoOf(cursor));
      cursor = nextDay(cursor);
    }
  }
  return cover;
}

/**
 * The years and months a cover takes only part of, in date order: those of
 * its months and days, and the months of its days. A story known only to
 * one of them (its `period` filter) may lie in the range, so it matches; a
 * year or month the cover takes whole is matched by its year or month filter.
 */
export function overlappedPeriods(cover: RangeCover): string[] {
  const partYears = [...cover.month, ...cover.day].map((value) => value.slice(0, 4));
  const partMonths = cover.day.map((day) => day.slice(0, 7));
  return [...new Set([...partYears, ...partMonths])].sort();
}

/**
 * A value no story carries: Pagefind has no "match nothing" filter, and an
 * empty `any` matches everything, so an empty range asks for this day.
 */
export const NO_SUCH_DAY = '0000-00-00';

/**
 * The Pagefind filter for a range, or undefined when neither end is set. Ends
 * given the wrong way round are read the right way round. An open end runs to
 * the first day of the earliest or the last day of the latest of `years` (the
 * years the archive has); a range with no day in those years matches nothing.
 */
export function dateRangeFilter(range: DateRange, years: readonly string[]): DateRangeFilter | undefined {
  if (!range.from && !range.to) return undefined;
  const known = [...years].sort();
  const start = range.from ?? (known[0] ? `${known[0]}-01-01` : undefined);
  const end = range.to ?? (known.at(-1) ? `${known.at(-1)}-12-31` : undefined);
  const [from, to] = start && end && start > end && range.from && range.to ? [end, start] : [start, end];
  const cover = from && to ? coverDateRange(from, to) : { year: [], month: [], day: [] };
  const periods = overlappedPeriods(cover);
  const any = [
    ...(['year', 'month', 'day'] as const)
      .filter((name) => cover[name].length > 0)
      .map((name) => ({ [name]: { any: cover[name] } })),
    ...(periods.length > 0 ? [{ period: { any: periods } }] : []),
  ];
  return { any: any.length > 0 ? any : [{ day: { any: [NO_SUCH_DAY] } }] };
}
