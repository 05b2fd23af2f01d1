import { daysInMonth } from '../../../entry/published-date.ts';
import { MONTH_NAMES } from '../../../entry/month-names.ts';

/** "2020-13-01", "2020/02/30": year first, then month, then day. */
const YEAR_FIRST = /(?<![\d.:/-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d/])/g;
const MONTH = `(${MONTH_NAMES.map((name) => `${name.slice(0, 3)}(?:${name.slice(3)}|\\.|(?<=Sep)t\\.?)?`).join('|')})`;
/** "December 32, 2020" and "32 December 2020". */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s*,?\\s+(\\d{4})\\b`, 'gi');

/**
 * Why a date written in numbers or with an English month name is no calendar
 * day (a month 13, a 32nd), checked before the lenient reading of chrono,
 * which would read "2020-13-01" as 13 January. Undefined when none is.
 */
export function impossibleWrittenDate(text: string): string | undefined {
  for (const [written, year, , month, day] of text.matchAll(YEAR_FIRST)) {
    const problem = whyNoDay(Number(year), Number(month), Number(day));
    if (problem) return `names an impossible date, "${written}" (${problem})`;
  }
  for (const [written, name, day, year] of text.matchAll(MONTH_DAY)) {
    const problem = whyNoDay(Number(year), monthOf(name!), Number(day));
    if (problem) return `names an impossible date, "${written}" (${problem})`;
  }
  for (const [written, day, name, year] of text.matchAll(DAY_MONTH)) {
    const problem = whyNoDay(Number(year), monthOf(name!), Number(day));
    if (problem) return `names an impossible date, "${written}" (${problem})`;
  }
  return undefined;
}

function monthOf(name: string): number {
  return MONTH_NAMES.findIndex((month) => month.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase()) + 1;
}

function whyNoDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = daysInMonth(year, month);
  return day < 1 || day > days ? `${MONTH_NAMES[month - 1]} ${year} has ${days} days` : undefined;
}
