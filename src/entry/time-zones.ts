/** Offsets of IANA time zones, from the ICU data in Node's Intl: for ingest (dates in the source's zone) and pages (dates in the archive's). */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Minutes east of UTC in `timeZone` at the moment `instant` (ms since the epoch). Throws for an unknown zone. */
export function offsetAtInstant(timeZone: string, instant: number): number {
  const parts = formatter(timeZone).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * Minutes east of UTC in `timeZone` for a local wall-clock time, given as
 * if it were UTC (`Date.UTC(y, m - 1, d, h, min)`). A time in the hour
 * the clock skips reads as after the change; a time in the hour it repeats
 * reads as its first occurrence.
 */
export function zoneOffsetAt(timeZone: string, wallTime: number): number {
  const guess = offsetAtInstant(timeZone, wallTime);
  return offsetAtInstant(timeZone, wallTime - guess * 60_000);
}

/** Minutes east of UTC as an ISO 8601 offset: "Z", "-04:00", "+05:30". */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}
