/**
 * `npm run bench [-- --articles N --keep --skip-baseline --no-write]`: the
 * full pipeline at archive scale (issue 7). Generates N plain-text sources
 * (scripts/bench/archive-corpus.ts) in a temporary folder, ingests them and
 * builds the site and its search index there, each phase a child process
 * whose wall time and peak memory (whole process tree) are measured; builds
 * a bare Astro + Pagefind baseline over the same entries; weighs story and
 * home pages; times a first search in headless Chromium; then prints one
 * Markdown report and puts it in BENCHMARKS.md as the section for N.
 * Figures, not pass/fail: the exit code is 0 unless a phase fails.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentCacheDir } from '../src/entry/content-location.ts';
import { makeArchiveCorpus } from './bench/archive-corpus.ts';
import { copySite } from './bench/site-copy.ts';
import { writeBaselineSite } from './bench/baseline-site.ts';
import { writeBenchmarkSection } from './bench/benchmarks-file.ts';
import {
  archiveBuildSteps,
  BASELINE_BUILD_STEPS,
  splitBuildSteps,
  type StepEnd,
  swappedInMs,
} from './bench/build-steps.ts';
import { folderSize } from './bench/folder-size.ts';
import { formatMarkdown } from './bench/format-markdown.ts';
import { describeMachine } from './bench/machine.ts';
import { describeMeasuredCode } from './bench/measured-code.ts';
import { evenSample, listStoryPages, measurePages } from './bench/page-weight.ts';
import { formatReport, type BuildFigures } from './bench/report.ts';
import { assertPhaseSucceeded, runPhase, type PhaseCommand, type PhaseResult } from './bench/run-phase.ts';
import { timeFirstSearches } from './bench/search-timing.ts';

const USAGE = `usage: npm run bench -- [--articles N] [--keep] [--skip-baseline] [--no-write]

  --articles N      how many source articles to generate and build (default 1000)
  --keep            keep the temporary folder (sources, entries, both sites) and print its path
  --skip-baseline   do not build the bare Astro + Pagefind baseline (no ratios)
  --no-write        print the report only; leave BENCHMARKS.md alone`;

/** Story pages weighed for the median and maximum. */
const STORY_SAMPLE = 200;

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    keep: { type: 'boolean', default: false },
    'skip-baseline': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) {
  console.error(`bench: --articles: "${values.articles}" is not a whole number of articles\n${USAGE}`);
  process.exit(2);
}

const REPO = resolve(import.meta.dirname, '..');
const ASTRO_BIN = 'node_modules/astro/bin/astro.mjs';
/** `npm run build`'s script: astro build, then the search index and reconciliation. */
const BUILD_SCRIPT = 'scripts/build.ts';
/** The story added for the rebuild figure: another seed, so it is none of the archive's. */
const ADDED_STORY_SEED = 8;
const ADDED_STORY_FILE = 'story-added.txt';
/** The added story's date line: after every date the corpus draws (archive-corpus.ts, up to 2025). */
const NEWEST_DATE_LINE = 'Published 11:59 PM ET, Wednesday December 31, 2025';
const work = mkdtempSync(join(tmpdir(), `bench-${articles}-`));
const archive = join(work, 'archive');
const contentDir = join(archive, 'content');
/** The site's code, copied: see site-copy.ts. */
const siteProject = join(work, 'site');
const siteDir = join(work, 'dist');
const baselineDir = join(work, 'baseline');
/** Where astro.config.ts puts this content folder's build cache (one per CONTENT_DIR). */
const buildCache = join(REPO, contentCacheDir(contentDir));
const progress = (message: string) => console.error(`bench: ${message}`);

try {
  const machine = describeMachine();
  const code = describeMeasuredCode(REPO);
  progress(`generating ${articles} sources in ${work}`);
  const corpusStarted = performance.now();
  const corpus = makeArchiveCorpus(articles);
  mkdirSync(join(contentDir, 'sources'), { recursive: true });
  let sourceBytes = 0;
  for (const source of corpus.sources) {
    writeFileSync(join(contentDir, 'sources', source.name), source.text);
    sourceBytes += Buffer.byteLength(source.text);
  }
  writeFileSync(join(contentDir, 'ingest.yaml'), corpus.ingestYaml);
  writeFileSync(join(contentDir, 'overrides.yaml'), corpus.overridesYaml);
  const corpusMs = performance.now() - corpusStarted;

  progress('ingest');
  const ingestCommand: PhaseCommand = {
    command: process.execPath,
    args: [join(REPO, 'scripts/ingest.ts'), '--json'],
    cwd: archive,
  };
  const ingest = await runPhase(ingestCommand);
  // Exit code 1 means some files were refused: a figure to report, not a failed phase.
  assertPhaseSucceeded('ingest', ingest, [0, 1]);
  const ingestCounts = (JSON.parse(ingest.stdout) as { counts: Record<string, number> }).counts;
  if (!ingestCounts.created) throw new Error('ingest created no entries; nothing to build');

  progress('build');
  copySite(REPO, siteProject);
  rmSync(buildCache, { recursive: true, force: true });
  const buildCommand: PhaseCommand = {
    command: process.execPath,
    args: [join(siteProject, BUILD_SCRIPT), '--outDir', siteDir],
    cwd: siteProject,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
  };
  const build = await measureBuild('build', buildCommand, archiveBuildSteps);

  let baseline: BuildFigures | undefined;
  if (!values['skip-baseline']) {
    progress('baseline build');
    writeBaselineSite(baselineDir, join(contentDir, 'articles'), REPO);
    baseline = await measureBuild(
      'baseline build',
      {
        command: process.execPath,
        args: [join(baselineDir, ASTRO_BIN), 'build'],
        cwd: baselineDir,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      },
      () => BASELINE_BUILD_STEPS,
    );
  }

  progress('page weight');
  const stories = measurePages(siteDir, evenSample(listStoryPages(siteDir), STORY_SAMPLE));
  const home = measurePages(siteDir, ['index.html']);

  const { common, rare, everyStory } = corpus.searchWords;
  progress(`first searches in Chromium: "${common}", "${rare}", "${everyStory}"`);
  const searches = await timeFirstSearches(siteDir, [common, rare, everyStory]);

  // Issues 7 and 23: one more source, ingested and built again over the
  // same output folder and build cache, as an archivist would; published as
  // a live archive publishes, newer than every story in it.
  progress('add one story: ingest and build again');
  const added = makeArchiveCorpus(1, ADDED_STORY_SEED, { dateLine: NEWEST_DATE_LINE }).sources[0]!;
  writeFileSync(join(contentDir, 'sources', ADDED_STORY_FILE), added.text);
  const addIngest = await runPhase(ingestCommand);
  assertPhaseSucceeded('ingest of the added story', addIngest, [0, 1]);
  const addCounts = (JSON.parse(addIngest.stdout) as { counts: Record<string, number> }).counts;
  const addBuild = await measureBuild('build after adding one story', buildCommand, archiveBuildSteps);

  const report = formatReport({
    articles,
    machine,
    code,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commands: [
      `npm run bench -- --articles ${articles}${values['skip-baseline'] ? ' --skip-baseline' : ''}`,
      'ingest: node scripts/ingest.ts --json (cwd <tmp>/archive)',
      `build: CONTENT_DIR=<tmp>/archive/content node ${BUILD_SCRIPT} --outDir <tmp>/dist (cwd <tmp>/site, a copy of the repository's astro.config.ts, src/, public/ and the build script)`,
      ...(baseline ? [`baseline: node ${ASTRO_BIN} build (cwd <tmp>/baseline)`] : []),
    ],
    corpus: { ms: corpusMs, bytes: sourceBytes },
    ingest: {
      wallMs: ingest.wallMs,
      peakTreeRssBytes: ingest.peakTreeRssBytes,
      counts: ingestCounts,
      entryBytes: folderSize(join(contentDir, 'articles')).bytes,
    },
    terms: {
      topics: countTerms(join(siteDir, 'topics')),
      people: countTerms(join(siteDir, 'people')),
      publications: countTerms(join(siteDir, 'publications')),
    },
    build,
    addOne: {
      ingest: {
        wallMs: addIngest.wallMs,
        peakTreeRssBytes: addIngest.peakTreeRssBytes,
        created: addCounts.created ?? 0,
      },
      build: addBuild,
    },
    ...(baseline ? { baseline } : {}),
    stories,
    home,
    searches,
  });
  console.log(await formatMarkdown(report, join(REPO, 'BENCHMARKS.md')));
  if (!values['no-write']) {
    await writeBenchmarkSection(join(REPO, 'BENCHMARKS.md'), articles, report);
    progress(`BENCHMARKS.md: section for ${articles} articles written`);
  }
  if (build.failure || addBuild.failure || baseline?.failure) process.exitCode = 1;
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  if (values.keep) {
    progress(`kept ${work} (and the build cache ${buildCache})`);
  } else {
    rmSync(work, { recursive: true, force: true });
    rmSync(buildCache, { recursive: true, force: true });
  }
}

/** Runs one `astro build` as a phase and gathers its figures from the log and the output folder. */
async function measureBuild(
  name: string,
  command: PhaseCommand,
  stepEnds: (result: PhaseResult) => readonly StepEnd[],
): Promise<BuildFigures> {
  const result = await runPhase(command);
  const outDir = command.args.includes('--outDir') ? siteDir : join(command.cwd, 'dist');
  // A build that fails after writing its pages and index (in the reconciliation after them) is
  // still measured, and reported as failed: at scale that is a finding, not a reason to stop.
  const wrotePages =
    existsSync(join(outDir, 'index.html')) && existsSync(join(outDir, 'pagefind/pagefind-highlight.js'));
  if (!wrotePages) assertPhaseSucceeded(name, result);
  const failure = result.exitCode === 0 ? undefined : describeFailure(result);
  if (failure) progress(`${name} failed after writing its pages and index (${failure}); measuring them anyway`);
  const site = folderSize(outDir);
  const index = folderSize(join(outDir, 'pagefind'));
  const pagefindPeak = [...result.peakByCommand].filter(([program]) => program.startsWith('pagefind'));
  return {
    wallMs: result.wallMs,
    peakTreeRssBytes: result.peakTreeRssBytes,
    steps: splitBuildSteps(result, stepEnds(result)),
    swappedInMs: swappedInMs(result),
    ...(pagefindPeak.length ? { pagefindPeakBytes: Math.max(...pagefindPeak.map(([, bytes]) => bytes)) } : {}),
    siteBytes: site.bytes,
    siteFiles: site.files,
    htmlPages: (readdirSync(outDir, { recursive: true }) as string[]).filter((path) => path.endsWith('.html')).length,
    indexBytes: index.bytes,
    indexFiles: index.files,
    ...(failure ? { failure } : {}),
  };
}

/** The exit code, the first error line of the log and the `Error: …` line under it, if any. */
function describeFailure(result: PhaseResult): string {
  const at = result.lines.findIndex((line) => /error/i.test(line.text));
  const first = result.lines[at]?.text ?? result.lines.at(-1)?.text ?? '';
  const detail =
    at === -1 ? undefined : result.lines.slice(at + 1, at + 4).find((line) => /^\s*\w*Error\b/.test(line.text))?.text;
  return `exit code ${result.exitCode}: ${first.trim()}${detail ? ` ${detail.trim()}` : ''}`;
}

/** Label pages under a browse folder (`topics/<slug>/`), not counting the list's own `page/N/`. */
function countTerms(dir: string): number {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'page')
      .length;
  } catch {
    return 0;
  }
}
