/**
 * How often the date inferDate finds in an undated text is the publication
 * date. The texts are real articles with their date lines taken out, as a
 * copied article arrives, and the hand-made traps in
 * tests/ingest/infer-date-cases.ts:
 *
 * - html-dates: each page with a hand-checked publication day is read by the
 *   real HTML reader (readHtml); its headline and `datingText` become the
 *   text. A page whose truth is "no date" counts as wrong if anything is
 *   inferred. A day answer is right only if it is the day; a month or year
 *   answer if its month or year is right.
 * - html-snippets: trafilatura's annotated pages with a publication day,
 *   read the same way, less those html-dates already has (by URL).
 * - html-bodies: the gold title and body. For msv-big9 and msv-chaos `year`
 *   is the capture period, so only the year of an answer is checked (an
 *   answer for another year counts as wrong, though a page captured in 2017
 *   may be older: such answers are listed to be looked at); cleanportaleval's
 *   pages are from 2012–2013, so an answer in those years counts as right.
 *
 * Date lines are taken out of the top of each text: lines, before the first
 * paragraph of prose, that are only a date (findDateLine, as the text reader
 * takes them) or a byline with a date. A dateline that starts the prose
 * ("WASHINGTON, May 3, 2004 — The Senate …") is the story's own and stays.
 * The texts are also scored as read (date lines kept), for a second figure.
 *
 * The corpus is read at run time only: its licence is for research use and
 * it must not be copied into the repository.
 *
 * Usage: node scripts/eval/inferred-dates.ts /work/shared/corpora/news-dev [--list]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSource } from '../../src/ingest/reading/decode.ts';
import { findDateLine } from '../../src/ingest/reading/dates/parse-date.ts';
import { readHtml } from '../../src/ingest/formats/html/read-html.ts';
import { inferDate, type InferredDate } from '../../src/ingest/deciding/infer-date.ts';
import { INFERENCE_CASES } from '../../tests/ingest/infer-date-cases.ts';

/** What a text's publication date is known to be. */
export type Truth =
  | { readonly kind: 'day'; readonly date: string }
  | { readonly kind: 'year'; readonly year: number }
  /** A capture period: only a year in it can be right. */
  | { readonly kind: 'years'; readonly from: number; readonly to: number }
  | { readonly kind: 'none' };

export interface InferenceText {
  readonly set: string;
  readonly id: string;
  readonly paragraphs: readonly string[];
  readonly truth: Truth;
}

export interface InferenceOutcome {
  readonly set: string;
  readonly id: string;
  readonly truth: Truth;
  readonly inferred?: InferredDate;
  readonly right?: boolean;
}

export interface Tally {
  readonly texts: number;
  readonly inferred: number;
  readonly right: number;
  readonly wrong: number;
  /** right / inferred; 1 when nothing was inferred. */
  readonly precision: number;
}

export interface InferenceReport {
  /** Date lines taken out (the measure), then as read. */
  readonly variants: readonly {
    readonly name: string;
    readonly bySet: ReadonlyMap<string, Tally>;
    readonly total: Tally;
    readonly outcomes: readonly InferenceOutcome[];
  }[];
  /** Texts the HTML reader found no article in (not scored). */
  readonly unread: number;
}

type Infer = (paragraphs: readonly string[]) => InferredDate | undefined;

/** Scores `infer` (inferDate unless given) on the corpus under `corpusDir` and the hand-made cases. */
export function evaluateInference(corpusDir: string, infer: Infer = inferDate): InferenceReport {
  const { texts, unread } = loadTexts(corpusDir);
  const traps: InferenceText[] = INFERENCE_CASES.map((c) => ({
    set: 'traps (synthetic)',
    id: c.name,
    paragraphs: c.paragraphs,
    truth: c.published ? truthOf(c.published) : { kind: 'none' },
  }));
  const variants = [
    { name: 'date lines taken out', prepare: withoutDateLines },
    { name: 'as read (date lines kept)', prepare: (p: readonly string[]) => p },
  ].map(({ name, prepare }) => {
    const outcomes = [...texts.map((t) => ({ ...t, paragraphs: prepare(t.paragraphs) })), ...traps].map((t) =>
      score(t, infer(t.paragraphs)),
    );
    const sets = [...new Set(outcomes.map((o) => o.set))];
    return {
      name,
      bySet: new Map(sets.map((set) => [set, tally(outcomes.filter((o) => o.set === set))])),
      total: tally(outcomes),
      outcomes,
    };
  });
  return { variants, unread };
}

export function formatInferenceReport(report: InferenceReport, { list = false } = {}): string {
  const row = (name: string, t: Tally) =>
    `  ${name.padEnd(28)} ${String(t.texts).padStart(5)} ${String(t.inferred).padStart(8)} ${String(t.right).padStart(5)} ${String(t.wrong).padStart(5)} ${(100 * t.precision).toFixed(1).padStart(9)}%`;
  const lines: string[] = [];
  for (const variant of report.variants) {
    lines.push(`Inferred dates, ${variant.name}:`);
    lines.push(
      `  ${'set'.padEnd(28)} ${'texts'.padStart(5)} ${'inferred'.padStart(8)} ${'right'.padStart(5)} ${'wrong'.padStart(5)} ${'precision'.padStart(10)}`,
    );
    for (const [set, t] of variant.bySet) lines.push(row(set, t));
    lines.push(row('all (union)', variant.total));
    const shown = variant.outcomes.filter((o) => o.inferred && (list || !o.right));
    for (const o of shown) {
      lines.push(
        `  ${o.right ? 'right' : 'WRONG'} ${o.set}/${o.id}: ${o.inferred!.published} (truth ${describeTruth(o.truth)}) — ${o.inferred!.evidence}`,
      );
    }
    lines.push('');
  }
  lines.push(`(${report.unread} pages in which the HTML reader found no article are not counted)`);
  return lines.join('\n');
}

// ----------------------------------------------------------------------------

function loadTexts(corpusDir: string): { texts: InferenceText[]; unread: number } {
  const texts: InferenceText[] = [];
  let unread = 0;
  const datesDir = join(corpusDir, 'html-dates');
  const dates = JSON.parse(readFileSync(join(datesDir, 'truth.json'), 'utf8')) as Record<
    string,
    { date: string | null }
  >;
  for (const [id, { date }] of Object.entries(dates).sort(([a], [b]) => a.localeCompare(b))) {
    const article = readPage(join(datesDir, `${id}.html`));
    if (!article) {
      unread += 1;
      continue;
    }
    texts.push({ set: 'html-dates', id, paragraphs: article, truth: date ? { kind: 'day', date } : { kind: 'none' } });
  }
  // Trafilatura's annotated pages hold a publication day too; those html-dates has are left out.
  const snippetsDir = join(corpusDir, 'html-snippets', 'trafilatura');
  if (existsSync(join(snippetsDir, 'truth.json'))) {
    const urls = new Set(Object.values(dates).map((d) => (d as { url?: string }).url));
    const snippets = JSON.parse(readFileSync(join(snippetsDir, 'truth.json'), 'utf8')) as Record<
      string,
      { url: string; date?: string }
    >;
    for (const [id, { url, date }] of Object.entries(snippets).sort(([a], [b]) => a.localeCompare(b))) {
      if (!date || urls.has(url)) continue;
      const article = readPage(join(snippetsDir, `${id}.html`));
      if (!article) {
        unread += 1;
        continue;
      }
      texts.push({ set: 'html-snippets', id, paragraphs: article, truth: { kind: 'day', date } });
    }
  }
  for (const set of ['msv-big9', 'msv-chaos', 'cleanportaleval']) {
    const file = join(corpusDir, 'html-bodies', set, 'truth.json');
    if (!existsSync(file)) continue;
    const gold = JSON.parse(readFileSync(file, 'utf8')) as Record<
      string,
      { body: string; title?: string; year?: number }
    >;
    for (const [id, { body, title, year }] of Object.entries(gold).sort(([a], [b]) => a.localeCompare(b))) {
      const paragraphs = body
        .split(/\n\s*\n/u)
        .map((p) => p.trim())
        .filter((p) => p !== '');
      // cleanportaleval states no year; its pages are from 2012–2013 (the corpus README).
      const truth: Truth = year !== undefined ? { kind: 'year', year } : { kind: 'years', from: 2012, to: 2013 };
      texts.push({ set: `${set} (year)`, id, paragraphs: [...(title ? [title] : []), ...paragraphs], truth });
    }
  }
  return { texts, unread };
}

/** A saved page as the HTML reader reads it: its headline, then its dating text; undefined when it holds no article. */
function readPage(file: string): string[] | undefined {
  const decoded = decodeSource(readFileSync(file));
  const outcome = decoded.ok ? readHtml(decoded.text) : undefined;
  const article = outcome?.ok ? outcome.articles[0] : undefined;
  if (!article) return undefined;
  const headline = article.headline?.value;
  return [...(headline ? [headline] : []), ...article.datingText];
}

/** Words in a paragraph of prose: the top of the text, where date lines sit, ends at the first. */
const PROSE_WORDS = 20;
/** Date lines are looked for in this many paragraphs at most. */
const TOP_PARAGRAPHS = 6;
const BYLINE_WITH_DATE = /^(?:by|von|par|door)\s/iu;
const HAS_YEAR = /\b(?:19|20)\d\d\b/u;

/** The text without the date lines at its top: each line that is only a date, or a byline with a date. */
export function withoutDateLines(paragraphs: readonly string[]): string[] {
  const kept: string[] = [];
  let top = true;
  paragraphs.forEach((paragraph, index) => {
    if (!top || index >= TOP_PARAGRAPHS) {
      kept.push(paragraph);
      return;
    }
    if (paragraph.split(/\s+/u).length >= PROSE_WORDS) top = false;
    const lines = paragraph.split('\n').filter((line) => !isDateLine(line.trim()));
    if (lines.join('').trim() !== '') kept.push(lines.join('\n'));
  });
  return kept;
}

function isDateLine(line: string): boolean {
  if (line.length > 160 || !HAS_YEAR.test(line)) return false;
  if (findDateLine(line.replace(/^(\p{L}+):/u, '$1'))) return true;
  // "By Jane Doe | May 3, 2004 10:02 AM", "Jane Doe, 3 May 2004"
  return (
    (BYLINE_WITH_DATE.test(line) || line.split(/\s+/u).length <= 12) && !/[.!?]["”’]?$/u.test(line) && hasFullDate(line)
  );
}

function hasFullDate(line: string): boolean {
  return (
    /\b\d{1,2}(?:st|nd|rd|th)?\.?\s+\p{L}{3,}\.?,?\s+(?:19|20)\d\d\b/u.test(line) ||
    /\b\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b/u.test(line) ||
    /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/u.test(line)
  );
}

function truthOf(published: string): Truth {
  return /^\d{4}$/u.test(published) ? { kind: 'year', year: Number(published) } : { kind: 'day', date: published };
}

function score(text: InferenceText, inferred: InferredDate | undefined): InferenceOutcome {
  const base = { set: text.set, id: text.id, truth: text.truth };
  if (!inferred) return base;
  return { ...base, inferred, right: isRight(inferred.published, text.truth) };
}

/** Right at the answer's own precision: a year answer if the year is right, a day answer only if the day is. */
export function isRight(published: string, truth: Truth): boolean {
  switch (truth.kind) {
    case 'none':
      return false;
    case 'year':
      return published.slice(0, 4) === String(truth.year);
    case 'years': {
      const year = Number(published.slice(0, 4));
      return year >= truth.from && year <= truth.to;
    }
    case 'day':
      return truth.date.startsWith(published);
  }
}

function tally(outcomes: readonly InferenceOutcome[]): Tally {
  const inferred = outcomes.filter((o) => o.inferred).length;
  const right = outcomes.filter((o) => o.right === true).length;
  return {
    texts: outcomes.length,
    inferred,
    right,
    wrong: inferred - right,
    precision: inferred === 0 ? 1 : right / inferred,
  };
}

function describeTruth(truth: Truth): string {
  switch (truth.kind) {
    case 'day':
      return truth.date;
    case 'year':
      return `year ${truth.year}`;
    case 'years':
      return `years ${truth.from}–${truth.to}`;
    case 'none':
      return 'no date';
  }
}

if (import.meta.main) {
  const corpus = process.argv[2];
  if (!corpus) {
    console.error('usage: node scripts/eval/inferred-dates.ts <news-dev corpus folder> [--list]');
    process.exit(2);
  }
  console.log(formatInferenceReport(evaluateInference(corpus), { list: process.argv.includes('--list') }));
}
