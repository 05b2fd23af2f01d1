/**
 * Scores the ingester's publication dates for saved web pages against a
 * folder of hand-dated pages (`<id>.html` next to a `truth.json` of
 * `{id: {"date": "YYYY-MM-DD" | null, ...}}`, as in the news-dev corpus's
 * html-dates set). Each page goes through the real pipeline: decoded and
 * read by the HTML reader (readSource), then dated as the ingester dates an
 * entry (decidePublished). The predicted day is the decided `published`
 * value's calendar day in the archive's time zone; a year or month is
 * counted as refused to the day, and reported apart. Labels are the day the
 * publisher states, so an instant is also compared on the day it names in
 * its own offset ("as stated"): a story stamped 00:30+01:00 on the 18th is
 * the 17th in New York, which is the archive's choice, not a reading error.
 * A label written year-day-month ("2022-29-11") is read as the day it can
 * only be, and the page says so.
 *
 * Two measures. "As the ingester ends": a page whose body the reader
 * refuses makes no entry, so no date. "Date cascade on every page" (the
 * date measure): such a page is still dated from what it states
 * (readHtmlDate: its metadata cascade, then Readability's publishedTime),
 * as bodies are scored whatever their date; pages with an article are
 * dated as the ingester dates them.
 *
 * Usage: node scripts/eval/dates.ts <dir> [--verbose] [--json]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { archive } from '../../src/entry/config.ts';
import { decidePublished, UNDATED_REASON } from '../../src/ingest/deciding/decide-entry.ts';
import type { ReceivedArticle } from '../../src/ingest/reading/received.ts';
import { decodeSource } from '../../src/ingest/reading/decode.ts';
import { readHtmlDate } from '../../src/ingest/formats/html/read-html.ts';
import { readSource } from '../../src/ingest/reading/read-source.ts';
import { calendarDate, pad2, parsePublished } from '../../src/entry/published-date.ts';

export type Outcome = 'exact' | 'wrong' | 'refused' | 'coarse' | 'undated-refused' | 'undated-dated';

export interface PageResult {
  readonly id: string;
  /** The labelled day, or null for a page with no determinable date. */
  readonly truth: string | null;
  /** The predicted calendar day, when the decision is precise to the day. */
  readonly predicted?: string;
  /** The day the decided value names in its own offset (the first ten characters). */
  readonly statedDay?: string;
  /** The decided `published` value as the entry would hold it. */
  readonly published?: string;
  /** Judged on the day in the archive's time zone. */
  readonly outcome: Outcome;
  /** Judged on the day as stated. */
  readonly statedOutcome: Outcome;
  /** Why no day was given (the ingester's reason), or the provenance's method. */
  readonly reason?: string;
  readonly evidence?: string;
  /** The date cascade on every page: the outcome as stated, and what gave it. */
  readonly cascade: {
    readonly outcome: Outcome;
    readonly published?: string;
    readonly evidence?: string;
  };
}

export interface Totals {
  readonly pages: number;
  readonly dated: number;
  readonly exact: number;
  readonly wrong: number;
  /** Dated pages given no date at all. */
  readonly refused: number;
  /** Dated pages given only a year or month. */
  readonly coarse: number;
  readonly undated: number;
  readonly undatedRefused: number;
  /** exact / (exact + wrong): correct among the pages answered to the day. */
  readonly precision: number;
  /** Dated pages where the day as stated is the labelled one. */
  readonly exactStated: number;
  readonly wrongStated: number;
  /** Dated pages the reader found no article in: the ingester makes no entry, so no date. */
  readonly noArticle: number;
  /** The date cascade on every page, judged as stated. */
  readonly cascadeExact: number;
  readonly cascadeWrong: number;
  readonly cascadeRefused: number;
  readonly cascadeUndatedRefused: number;
}

export interface DateReport {
  readonly pages: readonly PageResult[];
  /** Totals by id prefix (`hd-mc-`, `hd-`, `tr-`) and `all`. */
  readonly totals: Readonly<Record<string, Totals>>;
}

export const PREFIXES = ['hd-mc-', 'hd-', 'tr-'] as const;

interface Truth {
  readonly date: string | null;
}

export function evaluateDates(dir: string): DateReport {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Record<string, Truth>;
  const pages = Object.keys(truth)
    .sort()
    .map((id) => evaluatePage(id, label(truth[id]?.date ?? null), readFileSync(join(dir, `${id}.html`))));
  const totals: Record<string, Totals> = {};
  for (const prefix of PREFIXES) totals[prefix] = total(pages.filter((page) => prefixOf(page.id) === prefix));
  totals.all = total(pages);
  return { pages, totals };
}

/** A label as a valid day: "2022-29-11" (year, day, month) is 2022-11-29; others as given. */
export function label(date: string | null): string | null {
  const match = date && /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match || Number(match[2]) <= 12 || Number(match[3]) > 12) return date;
  return `${match[1]}-${match[3]}-${match[2]}`;
}

/** One page's bytes → its result against the labelled day. */
export function evaluatePage(id: string, truth: string | null, bytes: Uint8Array): PageResult {
  const reading = readSource(`${id}.html`, bytes);
  const article = reading.ok ? reading.articles[0] : undefined;
  const ended = endedPage(id, truth, article, reading.ok ? NO_ARTICLE : `${NO_ARTICLE}: ${reading.reason}`);
  if (article) return { ...ended, cascade: { outcome: ended.statedOutcome, ...pick(ended) } };
  const decoded = decodeSource(bytes);
  const date = decoded.ok ? readHtmlDate(decoded.text) : undefined;
  const cascade = date
    ? endedPage(id, truth, { date, body: { type: 'root', children: [] }, datingText: [], notes: [] }, NO_ARTICLE)
    : undefined;
  const refusal: Outcome = truth === null ? 'undated-refused' : 'refused';
  return {
    ...ended,
    cascade: cascade ? { outcome: cascade.statedOutcome, ...pick(cascade) } : { outcome: refusal, evidence: 'no date' },
  };
}

function pick(page: Omit<PageResult, 'cascade'>): { published?: string; evidence?: string } {
  return {
    ...(page.published ? { published: page.published } : {}),
    ...((page.evidence ?? page.reason) ? { evidence: page.evidence ?? page.reason } : {}),
  };
}

/** The page as the ingester ends: its article (if the reader found one) dated by decidePublished. */
function endedPage(
  id: string,
  truth: string | null,
  article: ReceivedArticle | undefined,
  noArticle: string,
): Omit<PageResult, 'cascade'> {
  const refusal: Outcome = truth === null ? 'undated-refused' : 'refused';
  const refused = (reason: string, evidence?: string): Omit<PageResult, 'cascade'> => ({
    id,
    truth,
    outcome: refusal,
    statedOutcome: refusal,
    reason,
    ...(evidence ? { evidence } : {}),
  });
  if (!article) return refused(noArticle);
  const decided = decidePublished(article);
  if ('problem' in decided) return refused(decided.problem);
  if ('undated' in decided) return refused(UNDATED_REASON);
  const parsed = parsePublished(decided.value);
  if (!parsed.ok) return refused(parsed.reason);
  const { evidence, method } = decided.provenance;
  const base = { id, truth, published: decided.value, reason: method, evidence };
  if (parsed.date.precision === 'year' || parsed.date.precision === 'month') {
    const outcome: Outcome = truth === null ? 'undated-dated' : 'coarse';
    return { ...base, outcome, statedOutcome: outcome };
  }
  const { year, month, day } = calendarDate(parsed.date, archive.timeZone);
  const predicted = `${year}-${pad2(month)}-${pad2(day)}`;
  const statedDay = decided.value.slice(0, 10);
  const judge = (day: string): Outcome => (truth === null ? 'undated-dated' : day === truth ? 'exact' : 'wrong');
  return { ...base, predicted, statedDay, outcome: judge(predicted), statedOutcome: judge(statedDay) };
}

const NO_ARTICLE = 'no article';

function prefixOf(id: string): string {
  return PREFIXES.find((prefix) => id.startsWith(prefix)) ?? '';
}

function total(pages: readonly PageResult[]): Totals {
  const count = (outcome: Outcome) => pages.filter((page) => page.outcome === outcome).length;
  const [exact, wrong] = [count('exact'), count('wrong')];
  return {
    pages: pages.length,
    dated: pages.filter((page) => page.truth !== null).length,
    exact,
    wrong,
    refused: count('refused'),
    coarse: count('coarse'),
    undated: pages.filter((page) => page.truth === null).length,
    undatedRefused: count('undated-refused'),
    precision: exact + wrong === 0 ? 1 : exact / (exact + wrong),
    exactStated: pages.filter((page) => page.statedOutcome === 'exact').length,
    wrongStated: pages.filter((page) => page.statedOutcome === 'wrong').length,
    noArticle: pages.filter((page) => page.truth !== null && page.reason?.startsWith(NO_ARTICLE)).length,
    cascadeExact: pages.filter((page) => page.cascade.outcome === 'exact').length,
    cascadeWrong: pages.filter((page) => page.cascade.outcome === 'wrong').length,
    cascadeRefused: pages.filter((page) => page.cascade.outcome === 'refused' || page.cascade.outcome === 'coarse')
      .length,
    cascadeUndatedRefused: pages.filter((page) => page.cascade.outcome === 'undated-refused').length,
  };
}

export interface FormatOptions {
  /** List the wrong pages (and dated undated pages) with their evidence. */
  readonly verbose?: boolean;
  /** Also list the refused and coarse pages with the reason. */
  readonly refusals?: boolean;
}

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);

/** The totals as a table by id prefix, then (verbose) the pages that went wrong. */
export function formatDateReport(report: DateReport, options: FormatOptions = {}): string {
  const header = [
    'set',
    'dated',
    'exact',
    'wrong',
    'exact as stated',
    'wrong as stated',
    'refused',
    '(no article)',
    'y/m only',
    'undated refused',
    'precision',
  ];
  const rows = Object.entries(report.totals).map(([name, t]) => [
    name,
    String(t.dated),
    `${t.exact} (${percent(t.exact, t.dated)})`,
    `${t.wrong} (${percent(t.wrong, t.dated)})`,
    `${t.exactStated} (${percent(t.exactStated, t.dated)})`,
    `${t.wrongStated} (${percent(t.wrongStated, t.dated)})`,
    String(t.refused),
    String(t.noArticle),
    String(t.coarse),
    `${t.undatedRefused}/${t.undated}`,
    percent(t.exact, t.exact + t.wrong),
  ]);
  const cascadeHeader = [
    'set',
    'dated',
    'exact as stated',
    'wrong as stated',
    'refused',
    'undated refused',
    'precision',
  ];
  const cascadeRows = Object.entries(report.totals).map(([name, t]) => [
    name,
    String(t.dated),
    `${t.cascadeExact} (${percent(t.cascadeExact, t.dated)})`,
    `${t.cascadeWrong} (${percent(t.cascadeWrong, t.dated)})`,
    String(t.cascadeRefused),
    `${t.cascadeUndatedRefused}/${t.undated}`,
    percent(t.cascadeExact, t.cascadeExact + t.cascadeWrong),
  ]);
  const lines = [
    'As the ingester ends (a page whose body the reader refuses has no entry, so no date):',
    ...table(header, rows),
    '',
    'Date cascade on every page (the date measure: dated from what the page states, whatever its body):',
    ...table(cascadeHeader, cascadeRows),
  ];
  const list = (title: string, outcomes: readonly Outcome[]) => {
    const pages = report.pages.filter((page) => outcomes.includes(page.outcome));
    if (pages.length === 0) return;
    lines.push('', `${title} (${pages.length}):`);
    for (const page of pages) {
      const got = page.published ?? 'refused';
      lines.push(`  ${page.id}  truth ${page.truth ?? 'none'}  got ${got}  ${page.evidence ?? page.reason ?? ''}`);
    }
  };
  if (options.verbose) {
    const wrong = report.pages.filter((page) => page.outcome === 'wrong' || page.outcome === 'undated-dated');
    if (wrong.length > 0)
      lines.push('', `Wrong (${wrong.length}; * = right as stated, the archive's zone moves the day):`);
    for (const page of wrong) {
      const mark = page.statedOutcome === 'exact' ? '*' : ' ';
      lines.push(`${mark} ${page.id}  truth ${page.truth ?? 'none'}  got ${page.published}  ${page.evidence ?? ''}`);
    }
  }
  if (options.refusals) list('Refused or year/month only', ['refused', 'coarse']);
  const cascadeList = (title: string, outcomes: readonly Outcome[]) => {
    const pages = report.pages.filter((page) => outcomes.includes(page.cascade.outcome));
    if (pages.length === 0) return;
    lines.push('', `${title} (${pages.length}):`);
    for (const page of pages) {
      const got = page.cascade.published ?? 'refused';
      lines.push(`  ${page.id}  truth ${page.truth ?? 'none'}  got ${got}  ${page.cascade.evidence ?? ''}`);
    }
  };
  if (options.verbose) cascadeList('Date cascade on every page, wrong as stated', ['wrong', 'undated-dated']);
  if (options.refusals) cascadeList('Date cascade on every page, refused or year/month only', ['refused', 'coarse']);
  return lines.join('\n');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      verbose: { type: 'boolean', short: 'v', default: false },
      refusals: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const dir = positionals[0];
  if (!dir) {
    console.error('usage: node scripts/eval/dates.ts <dir> [--verbose] [--refusals] [--json]');
    process.exit(2);
  }
  const report = evaluateDates(dir);
  console.log(
    values.json
      ? JSON.stringify(report, null, 2)
      : formatDateReport(report, { verbose: values.verbose, refusals: values.refusals }),
  );
}
