import { type PublishedDate, pad2 } from '../../entry/published-date.ts';
import { offsetAtInstant, zoneOffsetAt } from '../../entry/time-zones.ts';

/**
 * Feeds, JSON-LD and OpenGraph state a date only as precisely as it is
 * known. The rule, in one place: an instant is that instant, and a day
 * stands for its start (00:00) in the archive's time zone, written in RFC
 * 3339 with the zone's offset at that moment ("2020-11-05" in New York is
 * "2020-11-05T00:00:00-05:00"); a date known only to the year or the month
 * names no moment (hasMoment), so a field that must be a date-time (RSS
 * pubDate, JSON Feed date_published) is left out and the date is given as
 * ISO 8601 says it ("2021", "2021-03"; publishedIsoDate).
 */
export function publishedDateTime(date: PublishedDate, timeZone: string): string {
  return rfc3339InZone(publishedMoment(date, timeZone), timeZone);
}

/** True when a date stands for a moment by the rule above: a day or an instant, not a year or a month. */
export function hasMoment(date: PublishedDate): boolean {
  return date.precision === 'day' || date.precision === 'instant';
}

/** The date in ISO 8601, as precisely as it is known: "2021", "2021-03", else publishedDateTime. */
export function publishedIsoDate(date: PublishedDate, timeZone: string): string {
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') return `${date.year}-${pad2(date.month)}`;
  return publishedDateTime(date, timeZone);
}

/** The moment a `published` value stands for, by the rule above (a year or month: its start, for ordering only). */
export function publishedMoment(date: PublishedDate, timeZone: string): Date {
  return date.instant ?? startOfDayInZone(date.year, date.month, date.day, timeZone);
}

/** `instant` as the wall-clock time in `timeZone` with its offset: "2021-03-14T21:30:00-04:00". */
export function rfc3339InZone(instant: Date, timeZone: string): string {
  const offset = offsetAtInstant(timeZone, instant.getTime());
  const wallClock = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${wallClock}${sign}${hours}:${minutes}`;
}

/** 00:00 on a calendar day in `timeZone` (zoneOffsetAt follows a change of offset between UTC midnight and local midnight). */
function startOfDayInZone(year: number, month: number, day: number, timeZone: string): Date {
  const utcMidnight = Date.UTC(year, month - 1, day);
  return new Date(utcMidnight - zoneOffsetAt(timeZone, utcMidnight) * 60_000);
}
