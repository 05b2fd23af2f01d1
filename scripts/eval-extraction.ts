/**
 * Scores the HTML reader's body extraction on the evaluation set in
 * tests/ingest/extraction-eval/: for each page, 4-gram token-shingle
 * precision, recall and F1 between the body's text and the human-marked body
 * (expected.txt), next to plain Readability's textContent as a baseline.
 *
 * Usage: node scripts/eval-extraction.ts [--json]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { bodyBlocks } from '../src/ingest/formats/html/body-text.ts';
import { readHtml } from '../src/ingest/formats/html/read-html.ts';
import { scoreExtraction, type Score } from './eval/shingles.ts';

export { scoreExtraction, shingles, tokens, type Score } from './eval/shingles.ts';

export const EVAL_DIR = resolve(import.meta.dirname, '../tests/ingest/extraction-eval');
export interface EvalPage {
  readonly name: string;
  readonly html: string;
  readonly expected: string;
  /** Expected metadata as written on the page (headline, date, authors, publication, url), when given. */
  readonly meta?: Record<string, unknown>;
}

export function loadEvalPages(dir = EVAL_DIR): EvalPage[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'page.html')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const metaPath = join(dir, name, 'meta.json');
      return {
        name,
        html: readFileSync(join(dir, name, 'page.html'), 'utf8'),
        expected: readFileSync(join(dir, name, 'expected.txt'), 'utf8'),
        ...(existsSync(metaPath)
          ? { meta: JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, unknown> }
          : {}),
      };
    });
}

/** The reader's body as plain text: each block's text (captions left out), one per line. */
export function extractedText(html: string): string {
  const outcome = readHtml(html);
  if (!outcome.ok) return '';
  const [article] = outcome.articles;
  return article ? bodyBlocks(article.body).join('\n') : '';
}

/** Plain Readability over the same page, as the baseline. */
export function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document).parse()?.textContent ?? '';
}

export interface PageResult {
  readonly name: string;
  readonly ours: Score;
  readonly readability: Score;
}

export interface EvalReport {
  readonly pages: readonly PageResult[];
  readonly meanOurs: number;
  readonly meanReadability: number;
  readonly minOurs: number;
  /** Wall-clock speed of readHtml over the set; undefined when not timed. */
  readonly pagesPerSecond?: number;
}

/** How many times each page is read to time the reader. */
const TIMING_ROUNDS = 5;

export function evaluate(
  pages: readonly EvalPage[] = loadEvalPages(),
  { timingRounds = TIMING_ROUNDS } = {},
): EvalReport {
  const results = pages.map((page) => ({
    name: page.name,
    ours: scoreExtraction(extractedText(page.html), page.expected),
    readability: scoreExtraction(readabilityText(page.html), page.expected),
  }));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
  return {
    pages: results,
    meanOurs: mean(results.map((result) => result.ours.f1)),
    meanReadability: mean(results.map((result) => result.readability.f1)),
    minOurs: Math.min(...results.map((result) => result.ours.f1)),
    ...(timingRounds > 0 ? { pagesPerSecond: pagesPerSecond(pages, timingRounds) } : {}),
  };
}

function pagesPerSecond(pages: readonly EvalPage[], rounds: number): number {
  const started = performance.now();
  for (let round = 0; round < rounds; round++) for (const page of pages) readHtml(page.html);
  return (pages.length * rounds) / ((performance.now() - started) / 1000);
}

function printTable(report: EvalReport): void {
  const width = Math.max(...report.pages.map((page) => page.name.length), 'page'.length);
  const fixed = (value: number) => value.toFixed(3);
  console.log(`${'page'.padEnd(width)}  ours F1 (P / R)         Readability F1 (P / R)`);
  for (const { name, ours, readability } of report.pages) {
    console.log(
      `${name.padEnd(width)}  ${fixed(ours.f1)} (${fixed(ours.precision)} / ${fixed(ours.recall)})  ` +
        `${fixed(readability.f1)} (${fixed(readability.precision)} / ${fixed(readability.recall)})`,
    );
  }
  console.log(`${'mean'.padEnd(width)}  ${fixed(report.meanOurs)}                  ${fixed(report.meanReadability)}`);
  console.log(`lowest page F1 (ours): ${fixed(report.minOurs)}`);
  if (report.pagesPerSecond) console.log(`reader speed: ${report.pagesPerSecond.toFixed(1)} pages/second`);
}

if (import.meta.main) {
  const report = evaluate();
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else printTable(report);
}
