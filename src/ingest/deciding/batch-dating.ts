import picomatch from 'picomatch/posix.js';
import { daysInMonth, parsePublished } from '../../entry/published-date.ts';
import type { Provenance } from '../../entry/provenance.ts';

/**
 * Dating sources that state no date, a batch at a time: the date an
 * archivist gives a run (`--date 2004 --reason "…"`), the rules by path in
 * content/ingest.yaml (`dates:`), and dates read from the source's file and
 * folder names. Precedence, highest first (see decide-entry.ts):
 *
 *   override in content/overrides.yaml > date stated in the source >
 *   --date > a `dates` rule > a date in the file or folder names >
 *   inference from the text > undated (`undated: refuse | keep`).
 *
 * Everything here is pure and takes plain data, so it runs on the prepare
 * worker as well as the main thread.
 */

/** A date given to a batch (or a rule): the `published` value and why. */
export interface GivenDate {
  /** "2004", "2004-05" or "2004-05-12". */
  readonly published: string;
  readonly reason: string;
}

/** A rule of content/ingest.yaml's `dates`: a glob over paths under content/sources/. */
export interface DateRule extends GivenDate {
  readonly pattern: string;
}

/** What a run knows that can date a source stating none. Plain data: it is sent to the prepare worker. */
export interface DatingSettings {
  /** The run's `--date` and `--reason`. */
  readonly batch?: GivenDate;
  /** content/ingest.yaml's `dates`, in file order. */
  readonly rules: readonly DateRule[];
}

/** A date for a source that states none, with its provenance; or why the candidates disagree. */
export type NameDating = { value: string; provenance: Provenance };

export type DateValueReading = { ok: true; published: string } | { ok: false; reason: string };

const DATE_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A date an editor gives: "YYYY", "YYYY-MM" or "YYYY-MM-DD", a real calendar
 * date with a four-digit year, no later than today (UTC, a day's grace).
 */
export function parseDateValue(value: string, today: Date = new Date()): DateValueReading {
  const text = value.trim();
  if (!DATE_VALUE.test(text)) {
    return {
      ok: false,
      reason: `"${value}" is not a date such as "2004", "2004-05" or "2004-05-12" (a four-digit year, then optionally the month and day)`,
    };
  }
  const parsed = parsePublished(text);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  if (
    isAfterToday(
      parsed.date.year,
      text.length >= 7 ? parsed.date.month : undefined,
      text.length === 10 ? parsed.date.day : undefined,
      today,
    )
  ) {
    return { ok: false, reason: `"${value}" is in the future` };
  }
  return { ok: true, published: text };
}

function isAfterToday(year: number, month: number | undefined, day: number | undefined, today: Date): boolean {
  // A day's grace: the archive's time zone may already be on tomorrow.
  const limit = new Date(today.getTime() + 24 * 60 * 60 * 1000);
  const [ly, lm, ld] = [limit.getUTCFullYear(), limit.getUTCMonth() + 1, limit.getUTCDate()];
  if (year !== ly) return year > ly;
  if (month === undefined || month !== lm) return (month ?? 0) > lm;
  return (day ?? 0) > ld;
}

/** The earliest year a date in a file or folder name is read as. */
export const EARLIEST_NAME_YEAR = 1800;

const YEAR = /^\d{4}$/;
const TWO_DIGITS = /^\d{2}$/;
/** A full date as a token of a file name: bounded by the start or end, `-`, `_`, `.` or a space. */
const NAME_DATE = /(?:^|[-_. ])(\d{4})-(\d{2})-(\d{2})(?=$|[-_. ])/g;

/**
 * The date a source's path under content/sources/ gives in its names: a
 * full date in the file name (`2004-05-12-slug.txt`, at token boundaries),
 * or the folders `…/2004/05/12/…`, `…/2004/05/…`, `…/2004/…` at that
 * precision. Strict: four-digit years from 1800 to today only, real months
 * and days, and nothing at all when the names disagree or hold two dates.
 * A number inside a longer word (`report2004`, `20040512`) does not count.
 */
export function dateFromNames(name: string, today: Date = new Date()): NameDating | undefined {
  const parts = name.split('/');
  const fileName = parts.pop() ?? '';
  const stem = fileName.replace(/\.[^.]*$/, '');
  const lastYear = today.getUTCFullYear();
  const plausibleYear = (y: string) => YEAR.test(y) && Number(y) >= EARLIEST_NAME_YEAR && Number(y) <= lastYear;
  const realDay = (y: string, m: string, d: string) =>
    Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && Number(d) <= daysInMonth(Number(y), Number(m));

  const fileDates = [...stem.matchAll(NAME_DATE)]
    .filter(([, y = '', m = '', d = '']) => plausibleYear(y) && realDay(y, m, d))
    .map(([, y, m, d]) => `${y}-${m}-${d}`);
  if (new Set(fileDates).size > 1) return undefined;

  // Folder runs: a year folder, then optionally a month folder, then a day folder.
  const folderDates: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const y = parts[i]!;
    if (!plausibleYear(y)) continue;
    // A number after a year folder that is no month (or after a month, no day) makes the run unreadable.
    const m = parts[i + 1];
    if (m === undefined || !/^\d+$/.test(m)) {
      folderDates.push(y);
      continue;
    }
    if (!TWO_DIGITS.test(m) || Number(m) < 1 || Number(m) > 12) return undefined;
    const d = parts[i + 2];
    if (d === undefined || !/^\d+$/.test(d)) {
      folderDates.push(`${y}-${m}`);
      continue;
    }
    if (!TWO_DIGITS.test(d) || !realDay(y, m, d)) return undefined;
    folderDates.push(`${y}-${m}-${d}`);
    i += 2;
  }
  if (folderDates.length > 1) return undefined;

  const fromFile = fileDates[0];
  const fromFolders = folderDates[0];
  let value: string | undefined;
  let evidence: string;
  if (fromFile && fromFolders) {
    if (!fromFile.startsWith(fromFolders)) return undefined;
    value = fromFile;
    evidence = `the file name "${fileName}", in the folders "${fromFolders.replaceAll('-', '/')}"`;
  } else if (fromFile) {
    value = fromFile;
    evidence = `the file name "${fileName}"`;
  } else if (fromFolders) {
    value = fromFolders;
    evidence = `the folder names "${fromFolders.replaceAll('-', '/')}" in the source's path, ${name}`;
  } else {
    return undefined;
  }
  if (!parseDateValue(value, today).ok) return undefined;
  return { value, provenance: { method: 'derived', evidence } };
}

type CompiledRules = readonly { rule: DateRule; matches: (name: string) => boolean }[];
const compiled = new WeakMap<readonly DateRule[], CompiledRules>();

function compileRules(rules: readonly DateRule[]): CompiledRules {
  let list = compiled.get(rules);
  if (!list) {
    list = rules.map((rule) => ({ rule, matches: picomatch(rule.pattern) }));
    compiled.set(rules, list);
  }
  return list;
}

export type GivenDating = { value: string; provenance: Provenance } | { problem: string };

/**
 * The dates a run gives a source (its path under content/sources/) that
 * states none, highest precedence first: `--date`, then the `dates` rule
 * that matches it, then its file and folder names. Two rules that match
 * with different dates are a problem, not a choice.
 */
export function givenDates(name: string, settings: DatingSettings | undefined): GivenDating[] {
  const dates: GivenDating[] = [];
  if (settings?.batch) {
    dates.push({
      value: settings.batch.published,
      provenance: { method: 'editor', evidence: settings.batch.reason },
    });
  }
  const matching = settings ? compileRules(settings.rules).filter(({ matches }) => matches(name)) : [];
  const distinct = new Set(matching.map(({ rule }) => rule.published));
  if (distinct.size > 1) {
    dates.push({
      problem: `the dates rules ${matching.map(({ rule }) => `"${rule.pattern}" (${rule.published})`).join(' and ')} in content/ingest.yaml both match it and disagree; make the globs exclusive`,
    });
  } else if (matching[0]) {
    dates.push({
      value: matching[0].rule.published,
      provenance: { method: 'editor', evidence: matching[0].rule.reason },
    });
  }
  const named = dateFromNames(name);
  if (named) dates.push(named);
  return dates;
}

/** Sorted paths → the fewest paths covering them: a folder stands for its files when `covers` allows it. */
export function compressPaths(
  files: readonly string[],
  /** Whether giving this folder would take in exactly the listed files of it and nothing else. */
  covers: (folder: string) => boolean,
): string[] {
  const chosen = new Set<string>();
  for (const file of files) {
    let best = file;
    for (let folder = parentOf(file); folder !== undefined && covers(folder); folder = parentOf(folder)) best = folder;
    chosen.add(best);
  }
  // A folder already chosen takes in its files and sub-folders.
  const list = [...chosen].sort();
  return list.filter((path) => !list.some((other) => other !== path && path.startsWith(`${other}/`)));
}

function parentOf(path: string): string | undefined {
  const slash = path.replace(/\/+$/, '').lastIndexOf('/');
  return slash > 0 ? path.slice(0, slash) : undefined;
}

/** A path as the shell takes it: quoted only when it must be. */
export function shellQuote(path: string): string {
  return /^[\w@%+=:,./~-]+$/.test(path) ? path : `'${path.replaceAll("'", `'\\''`)}'`;
}
