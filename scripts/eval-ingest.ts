/**
 * `npm run eval:ingest -- <corpus folder> [--json]`: scores the ingester on a
 * labelled corpus laid out as docs/contributing.md describes (html-bodies/,
 * html-snippets/, html-dates/, each set with a truth.json). Give the corpus's
 * root to score every part it holds, or one part's folder to score that part.
 * Prints bodies (4-gram shingle F1, precision, recall), snippets (precision,
 * recall), page dates (exact, wrong, refused) and inferred dates on the same
 * texts with their date lines removed (inferred, right, wrong), per set.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateBodies, formatBodyReport } from './eval/bodies.ts';
import { evaluateDates, formatDateReport } from './eval/dates.ts';
import { evaluateInference, formatInferenceReport } from './eval/inferred-dates.ts';
import { evaluateSnippets, formatSnippetReport, type SnippetReport } from './eval/snippets.ts';

const USAGE = `usage: npm run eval:ingest -- <corpus folder> [--json]

  <corpus folder>  a corpus root holding html-bodies/, html-snippets/ and html-dates/,
                   or one of those folders
  --json           print the figures as one JSON document`;

type Part = 'bodies' | 'snippets' | 'dates';

/** Which parts of the corpus a folder holds, and the folder of each. */
export function corpusParts(folder: string): Map<Part, string> {
  const parts = new Map<Part, string>();
  const named: Record<string, Part> = { 'html-bodies': 'bodies', 'html-snippets': 'snippets', 'html-dates': 'dates' };
  for (const [name, part] of Object.entries(named)) {
    if (existsSync(join(folder, name))) parts.set(part, join(folder, name));
  }
  if (parts.size === 0 && named[basename(folder)]) parts.set(named[basename(folder)]!, folder);
  return parts;
}

/** The snippet sets of a folder: itself when it holds a truth.json, else each sub-folder that does. */
function snippetSets(folder: string): string[] {
  if (existsSync(join(folder, 'truth.json'))) return [folder];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'truth.json')))
    .map((entry) => join(folder, entry.name))
    .sort();
}

/** The figures of every part a corpus folder holds, each under its part's name. */
export function evaluateCorpus(folder: string): Record<string, unknown> {
  const parts = corpusParts(folder);
  const report: Record<string, unknown> = {};
  const bodies = parts.get('bodies');
  const snippets = parts.get('snippets');
  const dates = parts.get('dates');
  if (bodies) report.bodies = evaluateBodies(bodies);
  if (snippets) {
    report.snippets = Object.fromEntries(snippetSets(snippets).map((set) => [basename(set), evaluateSnippets(set)]));
  }
  if (dates) {
    report.dates = evaluateDates(dates);
    report.inferredDates = evaluateInference(resolve(dates, '..'));
  }
  return report;
}

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  } catch (error) {
    console.error(`eval:ingest: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [folder] = parsed.positionals;
  if (!folder || parsed.positionals.length > 1) {
    console.error(`eval:ingest: give one corpus folder\n${USAGE}`);
    return 2;
  }
  if (!existsSync(folder) || !readdirSync(folder).length) {
    console.error(`eval:ingest: ${folder}: no such folder, or it is empty`);
    return 2;
  }
  if (corpusParts(folder).size === 0) {
    console.error(
      `eval:ingest: ${folder}: holds none of html-bodies/, html-snippets/, html-dates/ (see docs/contributing.md, "Measuring the ingester on real pages")`,
    );
    return 2;
  }
  const report = evaluateCorpus(folder);
  if (parsed.values.json) {
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  const sections: string[] = [];
  if (report.bodies) sections.push(formatBodyReport(report.bodies as Parameters<typeof formatBodyReport>[0]));
  if (report.snippets) {
    for (const [set, figures] of Object.entries(report.snippets as Record<string, SnippetReport>)) {
      sections.push(`Snippets: ${set}\n${formatSnippetReport(figures)}`);
    }
  }
  if (report.dates) sections.push(formatDateReport(report.dates as Parameters<typeof formatDateReport>[0]));
  if (report.inferredDates) {
    sections.push(formatInferenceReport(report.inferredDates as Parameters<typeof formatInferenceReport>[0]));
  }
  console.log(sections.join('\n\n'));
  return 0;
}

if (import.meta.main) process.exitCode = main();
