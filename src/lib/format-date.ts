import { archive } from '../entry/config.ts';
import type { Article } from '../entry/article.ts';
import { calendarDate, type PublishedDate, pad2, parsePublished } from '../entry/published-date.ts';

/**
 * All date display goes through here: the archive's locale, and the
 * archive's time zone for instants. Calendar days are formatted in UTC from
 * a UTC-midnight Date so no zone can shift them by a day.
 */
const dayFormat = new Intl.DateTimeFormat(archive.locale, { dateStyle: 'long', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(archive.locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat(archive.locale, {
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
  timeZone: archive.timeZone,
});

function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** What readers see where an undated story's date would be. */
export const UNDATED_LABEL = 'Undated';

/**
 * "October 1, 2020", "October 2020", "2020", or "October 1, 2020, 2:03 PM EDT",
 * matching the date's precision; "Undated" for a story without a date.
 */
export function formatPublished(date: PublishedDate | undefined): string {
  if (date === undefined) return UNDATED_LABEL;
  const { year, month, day } = calendarDate(date, archive.timeZone);
  switch (date.precision) {
    case 'year':
      return String(year);
    case 'month':
      return monthFormat.format(utcDay(year, month, 1));
    case 'day':
      return dayFormat.format(utcDay(year, month, day));
    case 'instant':
      return `${dayFormat.format(utcDay(year, month, day))}, ${timeFormat.format(date.instant)}`;
  }
}

/** What an entry's `publishedBound` says of its date: the earliest or the latest it can be. */
export type DateBound = NonNullable<Article['publishedBound']>;

/** The words before a date that is a bound: "On or after November 30, 2020". */
export const BOUND_WORDS: Readonly<Record<DateBound, string>> = { earliest: 'On or after', latest: 'On or before' };

/** The `datetime` attribute of a `<time>`: as precise as the date is, never more. */
export function datetimeAttribute(date: PublishedDate): string {
  if (date.precision === 'instant') return date.value;
  const { year, month, day } = date;
  if (date.precision === 'year') return String(year);
  if (date.precision === 'month') return `${year}-${pad2(month)}`;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Formats a `YYYY-MM-DD` calendar day (e.g. a quote's date); returns other input unchanged. */
export function formatCalendarDay(value: string): string {
  const parsed = parsePublished(value);
  return parsed.ok && parsed.date.precision === 'day' ? formatPublished(parsed.date) : value;
}

/** A period of the date archive as readers name it: "2020", "October 2020", "October 1, 2020". */
export function formatPeriod(period: { year: number; month?: number | undefined; day?: number | undefined }): string {
  const { year, month, day } = period;
  if (month === undefined) return String(year);
  if (day === undefined) return monthFormat.format(utcDay(year, month, 1));
  return dayFormat.format(utcDay(year, month, day));
}

const countFormat = new Intl.NumberFormat(archive.locale);

/** "1 story", "1,204 stories". */
export function formatStoryCount(count: number): string {
  return `${countFormat.format(count)} ${count === 1 ? 'story' : 'stories'}`;
}

/** A period as one step of a breadcrumb trail under its year: "2020", "October", "October 1". */
export function formatPeriodInTrail(period: {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
}): string {
  if (period.month === undefined) return String(period.year);
  return formatPeriod(period).replace(/,? \d{4}$/, '');
}
