import * as chrono from 'chrono-node';
import type { ParsingContext, Parser, Refiner } from 'chrono-node';
import { zoneOffsetAt } from '../../../entry/time-zones.ts';
import { dateRules } from '../../rules/date-rules.ts';

/** Tags the parsers here put on their results. */
export const TAG = {
  basicIso: 'archive/basicIso',
  yearMonth: 'archive/yearMonth',
  yearOnly: 'archive/yearOnly',
  epoch: 'archive/epoch',
  monthName: 'archive/monthName',
  dotted: 'archive/dotted',
  cjk: 'archive/cjk',
} as const;

/**
 * ISO 8601 basic format, as in the NITF `norm` attribute and other wire
 * metadata: "20201001", "20201001T1403", "20201001T140300Z",
 * "20201001T140300-0500", and the basic date with an extended time some
 * pages write, "20201001T14:03:00Z".
 */
const basicIsoParser: Parser = {
  pattern: () =>
    /(?<![\w.])(\d{4})(\d{2})(\d{2})(?:T(\d{2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?(Z|[+-]\d{2}(?::?\d{2})?)?)?(?![\w.:])/,
  extract(context, match) {
    const [, year, month, day, hour, minute, second, zone] = match;
    const components: Parameters<ParsingContext['createParsingComponents']>[0] = {
      year: Number(year),
      month: Number(month),
      day: Number(day),
    };
    if (Number(components.month) < 1 || Number(components.month) > 12) return null;
    if (hour !== undefined) {
      Object.assign(components, { hour: Number(hour), minute: Number(minute), second: Number(second ?? 0) });
      if (zone !== undefined) components.timezoneOffset = parseOffset(zone);
    }
    const result = context.createParsingResult(match.index ?? 0, match[0], components);
    if (second === undefined) result.start.delete('second');
    return result.addTag(TAG.basicIso);
  },
};

/** "2020-10": an ISO 8601 date reduced to the month. */
const isoYearMonthParser: Parser = {
  pattern: () => /(?<![\w.:/-])(\d{4})-(\d{2})(?![\w.:/-])/,
  extract(context, match) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return null;
    return context
      .createParsingResult(match.index ?? 0, match[0], { year: Number(match[1]), month })
      .addTag(TAG.yearMonth);
  },
};

/** A year alone ("2020") is a date only when it is the whole text, as in a metadata field. */
const yearOnlyParser: Parser = {
  pattern: () => /^\s*(1[5-9]\d\d|2\d\d\d)\s*$/,
  extract(context, match) {
    const year = match[1] ?? '';
    const index = (match.index ?? 0) + match[0].indexOf(year);
    return context.createParsingResult(index, year, { year: Number(year) }).addTag(TAG.yearOnly);
  },
};

/**
 * A Unix time, only when it is the whole text and can only be one: 9–10
 * digits of seconds or 12–13 of milliseconds, between 1990 and 2100.
 */
const epochParser: Parser = {
  pattern: () => /^\s*(\d{9,10}|\d{12,13})\s*$/,
  extract(context, match) {
    const digits = match[1] ?? '';
    const milliseconds = Number(digits) * (digits.length > 10 ? 1 : 1000);
    const date = new Date(milliseconds);
    const year = date.getUTCFullYear();
    if (year < 1990 || year > 2100) return null;
    const index = (match.index ?? 0) + match[0].indexOf(digits);
    return context
      .createParsingResult(index, digits, {
        year,
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: date.getUTCHours(),
        minute: date.getUTCMinutes(),
        second: date.getUTCSeconds(),
        timezoneOffset: 0,
      })
      .addTag(TAG.epoch);
  },
};

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Month names of other languages than English (src/ingest/rules/dates.json), longest first. */
const MONTH_NAMES = [...dateRules.monthNames.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');

/**
 * A date with a month name in another language than English, day first
 * ("22. Oktober 2019", "martes 17 de marzo de 2020", "20 septembrie 2020")
 * or month first ("Oktober 22, 2019"); the names are in
 * src/ingest/rules/dates.json.
 */
const monthNameParser: Parser = {
  pattern: () =>
    new RegExp(
      `(?<![\\p{L}\\d])(?:(\\d{1,2})(?:\\.|º|er)?\\s*(?:de\\s+|of\\s+)?(${MONTH_NAMES})\\.?,?\\s*(?:de\\s+|del\\s+)?(\\d{4})|(${MONTH_NAMES})\\.?\\s+(\\d{1,2})\\.?,?\\s+(\\d{4}))(?![\\p{L}\\d])`,
      'iu',
    ),
  extract(context, match) {
    const [, dayFirst, monthFirst, yearFirst, monthSecond, daySecond, yearSecond] = match;
    const month = dateRules.monthNames.get((monthFirst ?? monthSecond ?? '').toLowerCase());
    if (month === undefined) return null;
    return context
      .createParsingResult(match.index ?? 0, match[0], {
        year: Number(yearFirst ?? yearSecond),
        month,
        day: Number(dayFirst ?? daySecond),
      })
      .addTag(TAG.monthName);
  },
};

/**
 * A dotted numeric date, day first in every language that writes one:
 * "02.12.2022" is 2 December, "2.11.22" 2 November 2022.
 */
const DOTTED = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d.]\d)/;
const dottedParser: Parser = {
  pattern: () => DOTTED,
  extract(context, match) {
    const [, day, month, year] = match;
    if (Number(month) < 1 || Number(month) > 12) return null;
    const fullYear = year!.length === 2 ? 2000 + Number(year) : Number(year);
    return context
      .createParsingResult(match.index ?? 0, match[0], { year: fullYear, month: Number(month), day: Number(day) })
      .addTag(TAG.dotted);
  },
};

/** Dotted dates that chrono's own parsers read month first are read again day first. */
const dottedDayFirst: Refiner = {
  refine: (_context, results) => {
    for (const result of results) {
      if (result.tags().has(TAG.dotted)) continue;
      const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.]\d)/.exec(result.text);
      if (!dotted || Number(dotted[2]) > 12) continue;
      result.start.assign('day', Number(dotted[1]));
      result.start.assign('month', Number(dotted[2]));
    }
    return results;
  },
};

/** A Chinese, Japanese or Korean date: "2020年07月03日", "2020년 3월 4일". */
const cjkParser: Parser = {
  pattern: () => /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/,
  extract(context, match) {
    const [, year, month, day] = match;
    if (Number(month) < 1 || Number(month) > 12) return null;
    return context
      .createParsingResult(match.index ?? 0, match[0], { year: Number(year), month: Number(month), day: Number(day) })
      .addTag(TAG.cjk);
  },
};

const OWN_TAGS: readonly string[] = Object.values(TAG);

/**
 * Stands in for chrono's UnlikelyFormatFilter: drops a bare number that
 * some parser took for a date (unless one of the parsers above read it on
 * purpose), but keeps impossible dates for the caller to report.
 */
const keepImpossibleDates: Refiner = {
  refine: (_context, results) =>
    results.filter((result) => {
      const tags = result.tags();
      return OWN_TAGS.some((tag) => tags.has(tag)) || !/^\d*(\.\d*)?$/.test(result.text.replace(' ', ''));
    }),
};

/**
 * US zone names that do not say whether daylight time applies: "ET" is
 * -04:00 or -05:00 depending on the date. chrono decides that from the
 * reference date when the zone follows a time that precedes the date
 * ("3:05 PM ET, Thu October 1, 2020"); this corrects it from the date
 * itself, once the date and time are merged.
 */
const GENERIC_ZONES: Readonly<Record<string, string>> = {
  ET: 'America/New_York',
  CT: 'America/Chicago',
  MT: 'America/Denver',
  PT: 'America/Los_Angeles',
};

const GENERIC_ZONE = /\b(ET|CT|MT|PT)\b/;

/**
 * The offset a generic US zone named in `text` has at a wall-clock time
 * (given as if UTC), or undefined when the text names none.
 */
export function genericZoneOffset(text: string, wallTime: number): number | undefined {
  const zone = GENERIC_ZONES[GENERIC_ZONE.exec(text)?.[1] ?? ''];
  return zone === undefined ? undefined : zoneOffsetAt(zone, wallTime);
}

const usGenericZones: Refiner = {
  refine(_context, results) {
    for (const { text, start } of results) {
      if (!start.isCertain('timezoneOffset') || !start.isCertain('hour')) continue;
      const wallTime = Date.UTC(
        start.get('year') ?? 0,
        (start.get('month') ?? 1) - 1,
        start.get('day') ?? 1,
        start.get('hour') ?? 0,
        start.get('minute') ?? 0,
      );
      const offset = genericZoneOffset(text, wallTime);
      if (offset !== undefined) start.assign('timezoneOffset', offset);
    }
    return results;
  },
};

/** "Z", "+02", "-0500", "+05:30" → minutes east of UTC. */
function parseOffset(zone: string): number {
  if (zone === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return zone.startsWith('-') ? -minutes : minutes;
}

/**
 * chrono's casual English parser, extended for the forms news sources use
 * that chrono does not know, and changed in one respect: impossible dates
 * ("February 30, 2020") are kept in the results, so the caller can say the
 * date is impossible instead of "there is no date". Check
 * `result.start.isValidDate()` on every result.
 */
// Defined last: it uses the parsers and refiners above.
export const newsDates: chrono.Chrono = createNewsDates(chrono.casual);

/** The same, reading slashed dates day first ("10/01/2020" is 10 January), as most of the world writes them. */
export const newsDatesDayFirst: chrono.Chrono = createNewsDates(chrono.en.GB);

function createNewsDates(base: chrono.Chrono): chrono.Chrono {
  const parser = base.clone();
  parser.parsers.push(
    basicIsoParser,
    isoYearMonthParser,
    yearOnlyParser,
    epochParser,
    monthNameParser,
    dottedParser,
    cjkParser,
  );
  const filter = parser.refiners.findIndex((refiner) => refiner.constructor.name === 'UnlikelyFormatFilter');
  if (filter >= 0) parser.refiners[filter] = keepImpossibleDates;
  parser.refiners.push(dottedDayFirst, usGenericZones);
  return parser;
}
