import type { PhaseResult } from './run-phase.ts';

export interface BuildStep {
  readonly name: string;
  readonly ms: number;
  /** What the step's log lines say it did, when its StepEnd tallies them. */
  readonly output?: string;
}

/** A step of a build and the log line that ends it (its last such line, with `last`). */
export interface StepEnd {
  readonly name: string;
  readonly line: RegExp;
  /** What the step did, from its log lines (those after the step before, up to its end line). */
  readonly tally?: (lines: readonly string[]) => string;
  readonly last?: boolean;
}

/**
 * The lines of a build's log that end each step, in order. The log is
 * timed as it reaches the benchmark (run-phase.ts), so a step's time is the
 * gap between the line that ends it and the line that ends the one before:
 * Astro's own "Completed in" figures overlap and round to 10 ms or worse.
 */
const ASTRO_STEPS: readonly StepEnd[] = [
  { name: 'start and content sync (entries parsed and rendered)', line: /\[content\] Synced content/ },
  { name: 'types, build info and bundling', line: /generating static routes/ },
  { name: 'rendering pages', line: /\[build\] ✓ Completed in/ },
];

/** `npm run build`: Astro, then (once it has exited) the search index shard by shard, then reconciliation. */
export const ARCHIVE_BUILD_STEPS: readonly StepEnd[] = [
  ...ASTRO_STEPS,
  { name: 'sitemap and finish', line: /\[build\] Complete!/ },
  { name: 'search index (Pagefind, after astro build)', line: /Indexed \d+ pages for search/, last: true },
  { name: 'reconciliation', line: /Reconciled: / },
  { name: 'new site swapped in', line: /^Swapped in: / },
  { name: 'previous site removed', line: /^Removed the previous site/ },
];

/** "3 synced, 7 not": how many parts' lines say they did a stage, and how many that they did not need to. */
function partsTally(lines: readonly string[], did: RegExp, verb: string, skipped: RegExp): string {
  const done = lines.filter((line) => did.test(line)).length;
  const not = lines.filter((line) => skipped.test(line)).length;
  return `${done} parts ${verb}, ${not} not`;
}

/** `npm run build` of an archive built in parts (src/build/build-in-parts.ts): its stages, each over every part. */
export const PARTS_BUILD_STEPS: readonly StepEnd[] = [
  { name: 'entries read for the shard plan', line: /^Building in \d+ parts/ },
  {
    name: 'content sync of every part, as many at once as cores (`astro sync`: its entries parsed and rendered)',
    line: /^Synced every part/,
    tally: (lines) =>
      partsTally(lines, /^Part .*: synced in /, 'synced', /: entries unchanged since its last content sync/),
  },
  {
    name: 'build of each part in turn (its pages, its search index shard, reconciliation)',
    line: /^Built every part/,
    tally: (lines) =>
      partsTally(lines, /^Part .*: built in /, 'built', /: unchanged since the last build, kept from the site/),
  },
  {
    name: 'merge (pages moved into the site, one sitemap, reconciliation) and the new site swapped in',
    line: /^Swapped in: /,
  },
  { name: 'previous site removed', line: /^Removed the previous site/ },
];

/**
 * When the new site was in place, from the start of the build: the last
 * "Swapped in" line of its log (a build in parts swaps each part in its
 * own folder first, then the merged site), or its exit when there is none.
 */
export function swappedInMs(result: PhaseResult): number {
  const swaps = result.lines.filter((line) => /^Swapped in: /.test(line.text));
  return swaps.at(-1)?.atMs ?? result.wallMs;
}

/** The steps of `npm run build` as its log shows it ran: whole, or in parts. */
export function archiveBuildSteps(result: PhaseResult): readonly StepEnd[] {
  return result.lines.some((line) => PARTS_BUILD_STEPS[0]!.line.test(line.text))
    ? PARTS_BUILD_STEPS
    : ARCHIVE_BUILD_STEPS;
}

/** The baseline: `astro build` with Pagefind in its astro:build:done hook. */
export const BASELINE_BUILD_STEPS: readonly StepEnd[] = [
  ...ASTRO_STEPS,
  { name: 'search index (Pagefind, in astro:build:done)', line: /Indexed \d+ pages for search/ },
  { name: 'sitemap and finish', line: /\[build\] Complete!/ },
];

/** Build steps with their times; a step whose end line is missing is left out and folded into the next. */
export function splitBuildSteps(result: PhaseResult, stepEnds: readonly StepEnd[]): BuildStep[] {
  const steps: BuildStep[] = [];
  let from = 0;
  let fromMs = 0;
  for (const step of stepEnds) {
    let at = result.lines.findIndex((line, index) => index >= from && step.line.test(line.text));
    if (at === -1) continue;
    while (step.last && at + 1 < result.lines.length && step.line.test(result.lines[at + 1]!.text)) at += 1;
    const atMs = result.lines[at]!.atMs;
    const output = step.tally?.(result.lines.slice(from, at + 1).map((line) => line.text));
    steps.push({ name: step.name, ms: atMs - fromMs, ...(output === undefined ? {} : { output }) });
    from = at + 1;
    fromMs = atMs;
  }
  steps.push({ name: 'process exit', ms: result.wallMs - fromMs });
  return steps;
}
