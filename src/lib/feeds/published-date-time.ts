import { type PublishedDate } from '../published-date.ts';

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
  const offset = zoneOffsetMinutes(instant, timeZone);
  const wallClock = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${wallClock}${sign}${hours}:${minutes}`;
}

/**
 * 00:00 on a calendar day in `timeZone`. The offset is looked up twice, so
 * a change of offset between UTC midnight and local midnight is followed.
 */
function startOfDayInZone(year: number, month: number, day: number, timeZone: string): Date {
  const utcMidnight = Date.UTC(year, month - 1, day);
  const firstGuess = utcMidnight - zoneOffsetMinutes(new Date(utcMidnight), timeZone) * 60_000;
  return new Date(utcMidnight - zoneOffsetMinutes(new Date(firstGuess), timeZone) * 60_000);
}

/** Minutes `timeZone` is ahead of UTC at `instant` (New York in summer: -240). */
function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  // "GMT-04:00", or plain "GMT" when the offset is zero.
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name ?? '');
  if (!match) throw new Error(`Cannot read the UTC offset of time zone "${timeZone}" (got "${name}")`);
  const [, sign, hours = '0', minutes = '0'] = match;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}
