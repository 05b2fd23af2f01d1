import { offsetAtInstant } from './time-zones.ts';

/**
 * The `published` value of an entry: an ISO 8601 date whose precision is
 * part of the value. "2021" and "2021-11" are reduced-precision dates (an
 * estimate known only to the year or month), "2021-11-05" is a calendar day
 * in the archive's time zone, and "2021-11-05T14:03:00-05:00" is an instant,
 * which must carry its offset (or Z) so it means one moment everywhere.
 */
export type Precision = 'year' | 'month' | 'day' | 'instant';

export interface PublishedDate {
  /** The value as written in the entry. */
  readonly value: string;
  readonly precision: Precision;
  readonly year: number;
  /** 1–12; 1 when the precision is 'year'. */
  readonly month: number;
  /** 1–31; 1 when the precision is 'year' or 'month'. */
  readonly day: number;
  /** The moment, for precision 'instant' only. */
  readonly instant?: Date;
}

export type ParseResult = { ok: true; date: PublishedDate } | { ok: false; reason: string };

const FORMAT =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

const EXPECTED =
  'expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]±HH:MM (an ISO 8601 date; a time needs its offset)';

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses and validates a `published` value without reference to any time zone. */
export function parsePublished(value: string): ParseResult {
  const match = FORMAT.exec(value);
  if (!match) return { ok: false, reason: `"${value}" is not a date: ${EXPECTED}` };
  const [, y, mo, d, hh, mm, ss, offset] = match;
  const year = Number(y);
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  if (year < 1000) return { ok: false, reason: `"${value}" has an implausible year ${y}` };
  if (month < 1 || month > 12) return { ok: false, reason: `"${value}" has no month ${mo}` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `"${value}" is not a calendar date: ${y}-${mo} has no day ${d}` };
  }
  if (hh === undefined) {
    const precision: Precision = d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year';
    return { ok: true, date: { value, precision, year, month, day } };
  }
  if (offset === undefined) {
    return { ok: false, reason: `"${value}" has a time but no offset: add Z or ±HH:MM` };
  }
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) {
    return { ok: false, reason: `"${value}" has an impossible time of day` };
  }
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return { ok: false, reason: `"${value}" is not a valid instant` };
  return { ok: true, date: { value, precision: 'instant', year, month, day, instant } };
}

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The calendar day a story belongs to in the archive's time zone. Dates
 * without a time are already calendar days and are never shifted; an
 * instant is converted into the zone, so 02:00Z on the 2nd is the 1st in
 * New York.
 */
export function calendarDate(date: PublishedDate, timeZone: string): CalendarDate {
  if (!date.instant) return { year: date.year, month: date.month, day: date.day };
  const instant = date.instant.getTime();
  const wallClock = new Date(instant + offsetAtInstant(timeZone, instant) * 60_000);
  return { year: wallClock.getUTCFullYear(), month: wallClock.getUTCMonth() + 1, day: wallClock.getUTCDate() };
}

/**
 * A date as the date archive files it: its calendar day in the archive's
 * time zone (calendarDate), only as far as its precision goes. A year's
 * has no month or day, a month's no day.
 */
export interface CalendarPeriod {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export function calendarPeriod(date: PublishedDate, timeZone: string): CalendarPeriod {
  const { year, month, day } = calendarDate(date, timeZone);
  if (date.precision === 'year') return { year };
  if (date.precision === 'month') return { year, month };
  return { year, month, day };
}

/**
 * Why a date cannot be published by the site, whose addresses carry a
 * four-digit year of the story's calendar day in the archive's zone: an
 * instant late on 31 December 9999 (or early on 1 January 1000) falls in
 * year 10000 (or 999) there. Undefined when it can be.
 */
export function outOfArchiveRange(date: PublishedDate, timeZone: string): string | undefined {
  const { year, month, day } = calendarDate(date, timeZone);
  if (year >= 1000 && year <= 9999) return undefined;
  return `"${date.value}" is ${year}-${pad2(month)}-${pad2(day)} in the archive's time zone (${timeZone}), outside the years 1000 to 9999 the archive can publish`;
}

/**
 * A string that sorts stories chronologically: the calendar day in the
 * archive's zone, then (for instants) the UTC moment. Reduced-precision dates
 * sort at the start of their period.
 */
export function sortKey(date: PublishedDate, timeZone: string): string {
  const { year, month, day } = calendarDate(date, timeZone);
  const dayKey = `${year}-${pad2(month)}-${pad2(day)}`;
  // Within a day, instants sort by the full UTC moment: the UTC time of day
  // alone would put 10 PM in New York (02:00Z the next day) before 8 AM.
  return date.instant ? `${dayKey}T${date.instant.toISOString()}` : dayKey;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
