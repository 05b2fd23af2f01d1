/**
 * Scores the HTML reader's article bodies against full-text labels: for each
 * page, 4-gram shingle precision, recall and F1 (see shingles.ts) between the
 * body's text and `truth.json`'s `body`, with the reason when the reader gave
 * no body (a refused page scores as an empty body); means per set and over
 * all pages.
 *
 * `dir` holds sets (sub-folders with a truth.json: `{id: {body, ...}}` and
 * `<id>.html` next to it), or is one such set.
 *
 * Usage: node scripts/eval/bodies.ts <dir> [--json] [--pages]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readPageFile } from './read-page.ts';
import { mean, scoreExtraction, type Score } from './shingles.ts';

export interface BodyPageResult extends Score {
  readonly id: string;
  readonly set: string;
  /** Why the reader gave no body, when it gave none. */
  readonly refused?: string;
}

export interface BodySummary {
  readonly pages: number;
  readonly refused: number;
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
}

export interface BodyReport {
  readonly pages: readonly BodyPageResult[];
  readonly sets: Readonly<Record<string, BodySummary>>;
  readonly overall: BodySummary;
}

interface BodyTruth {
  readonly body: string;
}

export function evaluateBodies(dir: string): BodyReport {
  const pages: BodyPageResult[] = [];
  for (const { set, path } of setDirs(resolve(dir))) {
    const truth = JSON.parse(readFileSync(join(path, 'truth.json'), 'utf8')) as Record<string, BodyTruth>;
    for (const id of Object.keys(truth).sort()) {
      const reading = readPageFile(join(path, `${id}.html`));
      const score = scoreExtraction(reading.text, truth[id]!.body);
      pages.push({ id, set, ...score, ...(reading.refused ? { refused: reading.refused } : {}) });
    }
  }
  const sets: Record<string, BodySummary> = {};
  for (const set of new Set(pages.map((page) => page.set))) {
    sets[set] = summarise(pages.filter((page) => page.set === set));
  }
  return { pages, sets, overall: summarise(pages) };
}

function setDirs(dir: string): { set: string; path: string }[] {
  if (existsSync(join(dir, 'truth.json'))) return [{ set: basename(dir), path: dir }];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'truth.json')))
    .map((entry) => ({ set: entry.name, path: join(dir, entry.name) }))
    .sort((a, b) => a.set.localeCompare(b.set));
}

function summarise(pages: readonly BodyPageResult[]): BodySummary {
  return {
    pages: pages.length,
    refused: pages.filter((page) => page.refused).length,
    f1: mean(pages.map((page) => page.f1)),
    precision: mean(pages.map((page) => page.precision)),
    recall: mean(pages.map((page) => page.recall)),
  };
}

const fixed = (value: number) => value.toFixed(3);

/** The report as a table: the means per set and overall, then (with `pages`) every page, worst first. */
export function formatBodyReport(report: BodyReport, { pages = false } = {}): string {
  const lines: string[] = [];
  const rows = [...Object.entries(report.sets), ['all', report.overall] as const];
  const width = Math.max(...rows.map(([name]) => name.length), 'set'.length);
  lines.push(`${'set'.padEnd(width)}  pages  refused  F1     P      R`);
  for (const [name, summary] of rows) {
    lines.push(
      `${name.padEnd(width)}  ${String(summary.pages).padStart(5)}  ${String(summary.refused).padStart(7)}  ` +
        `${fixed(summary.f1)}  ${fixed(summary.precision)}  ${fixed(summary.recall)}`,
    );
  }
  if (pages) {
    lines.push('', 'page (worst F1 first)  F1     P      R      refused');
    for (const page of [...report.pages].sort((a, b) => a.f1 - b.f1)) {
      lines.push(
        `${page.set}/${page.id}  ${fixed(page.f1)}  ${fixed(page.precision)}  ${fixed(page.recall)}` +
          (page.refused ? `  ${page.refused}` : ''),
      );
    }
  }
  return lines.join('\n');
}

if (import.meta.main) {
  const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  if (!dir) {
    console.error('usage: node scripts/eval/bodies.ts <dir> [--json] [--pages]');
    process.exit(2);
  }
  const report = evaluateBodies(dir);
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else console.log(formatBodyReport(report, { pages: process.argv.includes('--pages') }));
}
