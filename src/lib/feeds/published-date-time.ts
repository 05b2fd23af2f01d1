import { type PublishedDate } from '../published-date.ts';
import { offsetAtInstant, zoneOffsetAt } from '../time-zones.ts';

/**
 * Feeds, JSON-LD and OpenGraph need a full date-time where an entry may
 * know only a year, a month or a day. The rule, in one place: a date of
 * reduced precision stands for the START of its period (00:00 on the day,
 * the 1st of the month, 1 January of the year) in the archive's time zone;
 * an instant is that instant. Either way it is written in RFC 3339 with the
 * zone's offset at that moment: "2020-11" in New York is
 * "2020-11-01T00:00:00-04:00". Pages still show and mark such dates only as
 * precisely as they are known (format-date.ts).
 */
export function publishedDateTime(date: PublishedDate, timeZone: string): string {
  return rfc3339InZone(publishedMoment(date, timeZone), timeZone);
}

/** The moment a `published` value stands for, by the rule above. */
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
