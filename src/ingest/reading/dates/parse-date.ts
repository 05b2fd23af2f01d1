import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { daysInMonth, pad2, type Precision } from '../../../entry/published-date.ts';
import { genericZoneOffset, newsDates, newsDatesDayFirst } from './date-chrono.ts';
import { formatOffset, offsetAtInstant } from '../../../entry/time-zones.ts';
import { MONTH_NAMES as MONTHS } from '../../../entry/month-names.ts';
import { impossibleWrittenDate } from './written-date-check.ts';

/**
 * A date as a source states it, read into an entry's `published` value
 * (see src/entry/published-date.ts), or the reason it cannot be.
 * `note` records a choice the reading made that a reader may want to
 * check, such as the US month/day order of "01/02/2020".
 */
export type DateReading =
  { ok: true; published: string; matched: string; precision: Precision; note?: string } | { ok: false; reason: string };

export interface DateOptions {
  /**
   * The moment relative mentions ("yesterday", "2 hours ago", "last
   * Friday") count from, such as the time a page was fetched. Without it
   * they are refused.
   */
  readonly reference?: Date;
  /** The IANA zone relative mentions are resolved in (which day "yesterday" is); UTC when absent. */
  readonly timeZone?: string;
  /**
   * Read slashed dates day first ("10/01/2020" is 10 January), as a page in
   * a language written that way does; US order (month first) when absent.
   */
  readonly dayFirst?: boolean;
}

/**
 * Reads a date as a source states it: a metadata field, a wire <DATE>, or
 * a line such as "Published 3:05 PM ET, Thu October 1, 2020".
 *
 * - A time with an explicit zone or offset is an instant with that offset
 *   (a generic "ET" is -04:00 or -05:00 as US daylight time was on that date).
 * - A time without a zone is not one moment: only its calendar date is kept.
 * - "October 2020" has month precision, "2020" (alone) year precision.
 * - Slashed dates are read in US order, month first ("10/01/2020" is
 *   October 1), unless the first number cannot be a month or `dayFirst` is
 *   set; when both orders are possible the reading says so in `note`.
 *   Dotted dates ("02.12.2022") are day first everywhere.
 * - Month names of other languages than English are read too (the names
 *   are in src/ingest/rules/dates.json), and a date run into the word
 *   before it ("By Ann LeeNovember 15, 2019").
 * - A weekday and time before a full date ("Fri 6:45 PM, Feb 16, 2018")
 *   belong to that date.
 * - A stated weekday must agree with the date.
 */
export function parseStatedDate(text: string, options: DateOptions = {}): DateReading {
  if (options.reference || options.timeZone || options.dayFirst) return readStatedDate(text, options);
  // A source's date line is read twice (is it a date line? then, what date?): remember the last few.
  let reading = recentReadings.get(text);
  if (!reading) {
    if (recentReadings.size >= 256) recentReadings.clear();
    reading = readIsoDay(text) ?? readStatedDate(text, options);
    recentReadings.set(text, reading);
  }
  return reading;
}

const recentReadings = new Map<string, DateReading>();

/** "2020-10-01", alone: the commonest date of exports and front matter. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day written "YYYY-MM-DD" (year 1000 or later) and nothing
 * else, read as chrono reads it, without chrono; undefined for any other
 * text, which readStatedDate reads (and refuses, when it is no day).
 */
function readIsoDay(text: string): DateReading | undefined {
  const iso = ISO_DAY.exec(text);
  if (!iso) return undefined;
  const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { ok: true, published: text, precision: 'day', matched: text };
}

function readStatedDate(text: string, options: DateOptions): DateReading {
  const stated = tidy(text);
  if (stated === '') return refuse('is empty, not a date');
  const unreal = impossibleWrittenDate(stated);
  if (unreal) return refuse(unreal);
  const reference = options.reference ?? FIXED_REFERENCE;
  const dayFirst = options.dayFirst ?? false;
  const found = pickDate(parse(stated, reference, options.timeZone, dayFirst));
  if (!found) return refuse('is not a date that can be read');
  const { date, time } = found;
  const [from, to] = time
    ? [Math.min(date.index, time.index), Math.max(date.index + date.text.length, time.index + time.text.length)]
    : [date.index, date.index + date.text.length];
  const matched = stated.slice(from, to);

  const impossible = whyImpossible(date.start);
  if (impossible) return refuse(`names an impossible date, "${date.text}" (${impossible})`);

  if (dependsOnReference(stated, found, reference, options.timeZone, dayFirst)) {
    if (!options.reference) {
      return refuse(
        date.start.isCertain('month') && !date.start.isCertain('year')
          ? `has no year ("${date.text}") and no reference date is known to supply one`
          : `is relative ("${date.text}") and no reference date is known`,
      );
    }
    return { ok: true, ...describe(date, time), matched };
  }

  const weekdayProblem = contradictedWeekday(date.start);
  if (weekdayProblem) return refuse(weekdayProblem);
  const year = date.start.get('year') ?? 0;
  if (year < 1000 || year > 9999) return refuse(`has an implausible year ${year}: "${date.text}"`);
  const note = slashOrderNote(date, dayFirst);
  return { ok: true, ...describe(date, time), matched, ...(note ? { note } : {}) };
}

export interface DateLine {
  /** The verb the line opens with, as written ("Published", "Updated"), if any. */
  readonly label: string | undefined;
  readonly reading: DateReading;
}

const DATE_LINE_LABEL =
  /^(?:(?:first|originally|last)\s+)?(?:published|updated|posted|modified|filed|dated|date|released|issued)\b(?:\s*(?:on|at)\b)?|^on\b/i;
const DATE_LINE_PUNCTUATION = /^[\s,.;:|/·•–—()[\]-]*$/;

/**
 * Whether a short line of article text is a date line: nothing but a date
 * (with its time and zone) and perhaps a verb such as Published, Updated or
 * Posted. Returns undefined when it is not; otherwise the verb and the
 * reading of the date, which may be a refusal (an impossible date is still
 * a date line). A bare year or number is never a date line.
 */
export function findDateLine(line: string, options: DateOptions = {}): DateLine | undefined {
  const stated = line.replace(/\s+/g, ' ').trim();
  if (stated === '' || stated.length > 100) return undefined;
  const results = parse(stated, options.reference ?? FIXED_REFERENCE, options.timeZone);
  if (results.length === 0 || results.length > 2) return undefined;
  const first = results[0]!;
  if (!first.start.isCertain('month') && !first.start.isCertain('day') && !first.start.isCertain('weekday')) {
    if (!first.tags().has('result/relativeDate')) return undefined;
  }
  let rest = stated;
  for (const result of [...results].reverse()) {
    rest = rest.slice(0, result.index) + ' ' + rest.slice(result.index + result.text.length);
  }
  const label = DATE_LINE_LABEL.exec(rest.trim())?.[0];
  if (!DATE_LINE_PUNCTUATION.test(label ? rest.trim().slice(label.length) : rest)) return undefined;
  return { label: label?.replace(/\s+(on|at)$/i, ''), reading: parseStatedDate(stated, options) };
}

// ----------------------------------------------------------------------------

/** English month names, for a date run into the word before it ("ArnoldNovember 15, 2019"). */
const GLUED_MONTH = new RegExp(`(?<=\\p{Ll})(?=(?:${MONTHS.join('|')})\\s+\\d{1,2},?\\s+\\d{4})`, 'gu');

/**
 * The text with its white space collapsed, a date run into the word before
 * it set apart, and fractions of a second cut to milliseconds
 * ("21:24:10.336533-05:00"), which chrono reads no further.
 */
function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(GLUED_MONTH, ' ')
    .replace(/(:\d{2}[.,]\d{3})\d+/, '$1');
}

/** Reference for texts that must not depend on one: any fixed moment serves. */
const FIXED_REFERENCE = new Date(Date.UTC(2000, 0, 15, 12));

function refuse(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

function parse(text: string, reference: Date, timeZone: string | undefined, dayFirst = false): ParsedResult[] {
  // findDateLine and parseStatedDate ask about the same line in turn; chrono is the costly part.
  if (
    lastParse?.text === text &&
    lastParse.instant === reference.getTime() &&
    lastParse.timeZone === timeZone &&
    lastParse.dayFirst === dayFirst
  ) {
    return lastParse.results;
  }
  const offset = timeZone ? offsetAtInstant(timeZone, reference.getTime()) : 0;
  const results = (dayFirst ? newsDatesDayFirst : newsDates).parse(text, { instant: reference, timezone: offset });
  lastParse = { text, instant: reference.getTime(), timeZone, dayFirst, results };
  return results;
}

let lastParse:
  | { text: string; instant: number; timeZone: string | undefined; dayFirst: boolean; results: ParsedResult[] }
  | undefined;

/**
 * The first result that is a date rather than a time alone, with a time
 * that follows it separately ("Oct. 1, 2020 | 3:05 PM ET") when chrono did
 * not merge the two.
 */
function pickDate(results: readonly ParsedResult[]): { date: ParsedResult; time?: ParsedResult } | undefined {
  const index = results.findIndex((result) => !isOnlyTime(result.start));
  const date = results[index];
  if (!date) return results[0] && { date: results[0] };
  const next = results[index + 1];
  // "Fri 6:45 PM, Feb 16, 2018": the weekday and time are the full date's that follows.
  if (next && isWeekdayAndTime(date.start) && isFullDate(next.start)) {
    return next.start.isCertain('hour') ? { date: next } : { date: next, time: date };
  }
  if (next && !date.start.isCertain('hour') && isOnlyTime(next.start)) return { date, time: next };
  return { date };
}

function isWeekdayAndTime(start: ParsedComponents): boolean {
  return start.isCertain('weekday') && !start.isCertain('day') && !start.isCertain('month');
}

function isFullDate(start: ParsedComponents): boolean {
  return start.isCertain('year') && start.isCertain('month') && start.isCertain('day');
}

function isOnlyTime(start: ParsedComponents): boolean {
  return !(['year', 'month', 'day', 'weekday'] as const).some((c) => start.isCertain(c)) && start.isCertain('hour');
}

/**
 * Whether the reading changes with the reference date: then the text is
 * relative ("yesterday", "last Friday") or incomplete ("October 1", no
 * year). The text is read again from another moment and the two readings
 * compared at the precision the text has.
 */
function dependsOnReference(
  text: string,
  found: { date: ParsedResult; time?: ParsedResult },
  reference: Date,
  timeZone: string | undefined,
  dayFirst: boolean,
): boolean {
  const shifted = new Date(reference.getTime() + (400 * 24 + 5) * 3_600_000 + 17 * 60_000);
  const again = pickDate(parse(text, shifted, timeZone, dayFirst));
  if (!again || again.date.index !== found.date.index) return true;
  return describe(again.date, again.time).published !== describe(found.date, found.time).published;
}

function describe(date: ParsedResult, time: ParsedResult | undefined): { published: string; precision: Precision } {
  const { start } = date;
  const clock = time?.start ?? start;
  const year = String(start.get('year')).padStart(4, '0');
  const month = pad2(start.get('month') ?? 1);
  const day = pad2(start.get('day') ?? 1);
  if (clock.isCertain('hour') && clock.isCertain('timezoneOffset')) {
    const hour = clock.get('hour') ?? 0;
    const minute = clock.get('minute') ?? 0;
    const wallTime = Date.UTC(Number(year), Number(month) - 1, Number(day), hour, minute);
    // A separate time was read against the reference date: a generic zone's daylight time is decided again here.
    const offset = (time && genericZoneOffset(time.text, wallTime)) ?? clock.get('timezoneOffset') ?? 0;
    const seconds = clock.isCertain('second') ? `:${pad2(clock.get('second') ?? 0)}` : '';
    return {
      published: `${year}-${month}-${day}T${pad2(hour)}:${pad2(minute)}${seconds}${formatOffset(offset)}`,
      precision: 'instant',
    };
  }
  if (start.isCertain('day') || start.isCertain('weekday'))
    return { published: `${year}-${month}-${day}`, precision: 'day' };
  if (start.isCertain('month')) return { published: `${year}-${month}`, precision: 'month' };
  return { published: year, precision: 'year' };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Why the components are no calendar date and time ("February 2020 has 29 days"), or undefined when they are one. */
function whyImpossible(start: ParsedComponents): string | undefined {
  const [year, month, day] = [start.get('year') ?? 0, start.get('month') ?? 1, start.get('day') ?? 1];
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days`;
  if ((start.get('hour') ?? 0) > 23 || (start.get('minute') ?? 0) > 59) return 'there is no such time of day';
  return undefined;
}

/** Why a stated weekday disagrees with the date ("Fri, 01 Oct 2020"), or undefined when it agrees or is not stated. */
function contradictedWeekday(start: ParsedComponents): string | undefined {
  if (!start.isCertain('weekday') || !start.isCertain('day')) return undefined;
  const [year, month, day] = [start.get('year') ?? 0, start.get('month') ?? 1, start.get('day') ?? 1];
  const actual = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const stated = start.get('weekday');
  if (stated === actual) return undefined;
  return (
    `contradicts itself: it names a ${WEEKDAYS[stated ?? 0]}, but ${MONTHS[month - 1]} ${day}, ${year} ` +
    `was a ${WEEKDAYS[actual]}`
  );
}

const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-]\d{2,4}/;

/** How a slashed date's order was chosen, when the other order was possible too or the US order was impossible. */
function slashOrderNote(date: ParsedResult, dayFirst: boolean): string | undefined {
  const slashed = SLASHED.exec(date.text);
  if (!slashed || slashed[1] === slashed[2]) return undefined;
  const [first, second] = [Number(slashed[1]), Number(slashed[2])];
  const year = date.start.get('year');
  const month = date.start.get('month') ?? 1;
  const day = date.start.get('day');
  const reading = `${MONTHS[month - 1]} ${day}, ${year}`;
  if (first > 12) return `read "${slashed[0]}" day first (${reading}), since ${first} cannot be a month`;
  if (second > 12) return undefined;
  if (dayFirst) {
    return `read "${slashed[0]}" day first (${reading}), as the page's language writes dates; month first it would be ${MONTHS[first - 1]} ${second}, ${year}`;
  }
  return `read "${slashed[0]}" in US order, month first (${reading}); day first it would be ${MONTHS[second - 1]} ${first}, ${year}`;
}
