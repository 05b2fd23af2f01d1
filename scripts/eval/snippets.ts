/**
 * Scores the HTML reader's article bodies against snippet labels (as in
 * trafilatura's evaluation): on each page, each `with` snippet must be a
 * substring of the whitespace-normalised body, each `without` snippet (and
 * each reader comment in `comments`) must not. Counts are summed over pages;
 * precision = TP/(TP+FP), recall = TP/(TP+FN).
 *
 * `dir` holds `truth.json` (`{id: {with: [], without: [], comments?: []}}`)
 * and `<id>.html` next to it.
 *
 * Usage: node scripts/eval/snippets.ts <dir> [--json] [--pages]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readPageFile } from './read-page.ts';

export interface SnippetCounts {
  readonly truePositives: number;
  readonly falseNegatives: number;
  readonly falsePositives: number;
  readonly trueNegatives: number;
}

export interface SnippetPageResult extends SnippetCounts {
  readonly id: string;
  /** `with` snippets missing from the body. */
  readonly missing: readonly string[];
  /** `without` snippets (or comments) found in the body. */
  readonly leaked: readonly string[];
  readonly refused?: string;
}

export interface SnippetReport extends SnippetCounts {
  readonly pages: readonly SnippetPageResult[];
  readonly refused: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly accuracy: number;
}

interface SnippetTruth {
  readonly with?: readonly string[];
  readonly without?: readonly string[];
  readonly comments?: readonly string[];
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

export function evaluateSnippets(dir: string): SnippetReport {
  const root = resolve(dir);
  const truth = JSON.parse(readFileSync(join(root, 'truth.json'), 'utf8')) as Record<string, SnippetTruth>;
  const pages: SnippetPageResult[] = Object.keys(truth)
    .sort()
    .map((id) => {
      const reading = readPageFile(join(root, `${id}.html`));
      const body = normalise(reading.text);
      const found = (snippet: string) => body.includes(normalise(snippet));
      const labels = truth[id]!;
      const wanted = labels.with ?? [];
      const unwanted = [...(labels.without ?? []), ...(labels.comments ?? [])];
      const missing = wanted.filter((snippet) => !found(snippet));
      const leaked = unwanted.filter(found);
      return {
        id,
        truePositives: wanted.length - missing.length,
        falseNegatives: missing.length,
        falsePositives: leaked.length,
        trueNegatives: unwanted.length - leaked.length,
        missing,
        leaked,
        ...(reading.refused ? { refused: reading.refused } : {}),
      };
    });
  const sum = (key: keyof SnippetCounts) => pages.reduce((total, page) => total + page[key], 0);
  const tp = sum('truePositives');
  const fn = sum('falseNegatives');
  const fp = sum('falsePositives');
  const tn = sum('trueNegatives');
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    pages,
    truePositives: tp,
    falseNegatives: fn,
    falsePositives: fp,
    trueNegatives: tn,
    refused: pages.filter((page) => page.refused).length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    accuracy: tp + tn + fp + fn === 0 ? 0 : (tp + tn) / (tp + tn + fp + fn),
  };
}

const fixed = (value: number) => value.toFixed(3);

/** The report as text: the totals, then (with `pages`) each page's missing and leaked snippets. */
export function formatSnippetReport(report: SnippetReport, { pages = false } = {}): string {
  const lines = [
    `pages ${report.pages.length}, refused ${report.refused}`,
    `TP ${report.truePositives}  FN ${report.falseNegatives}  FP ${report.falsePositives}  TN ${report.trueNegatives}`,
    `precision ${fixed(report.precision)}  recall ${fixed(report.recall)}  F1 ${fixed(report.f1)}  accuracy ${fixed(report.accuracy)}`,
  ];
  if (pages) {
    for (const page of report.pages) {
      if (page.missing.length === 0 && page.leaked.length === 0 && !page.refused) continue;
      lines.push('', `${page.id}${page.refused ? ` (refused: ${page.refused})` : ''}`);
      for (const snippet of page.missing) lines.push(`  missing: ${snippet}`);
      for (const snippet of page.leaked) lines.push(`  leaked:  ${snippet}`);
    }
  }
  return lines.join('\n');
}

if (import.meta.main) {
  const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  if (!dir) {
    console.error('usage: node scripts/eval/snippets.ts <dir> [--json] [--pages]');
    process.exit(2);
  }
  const report = evaluateSnippets(dir);
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else console.log(formatSnippetReport(report, { pages: process.argv.includes('--pages') }));
}
