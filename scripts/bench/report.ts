import type { BuildStep } from './build-steps.ts';
import type { WeightSummary } from './page-weight.ts';
import type { FirstSearch } from './search-timing.ts';

export interface PhaseFigures {
  readonly wallMs: number;
  /** Largest sum of RSS over the phase's process tree. */
  readonly peakTreeRssBytes: number;
}

export interface BuildFigures extends PhaseFigures {
  readonly steps: readonly BuildStep[];
  /** From the build's start to the new site in place of the old (build-steps.ts swappedInMs). */
  readonly swappedInMs: number;
  /** The Pagefind binary's own peak (VmHWM), when it was seen. */
  readonly pagefindPeakBytes?: number;
  readonly siteBytes: number;
  readonly siteFiles: number;
  readonly htmlPages: number;
  readonly indexBytes: number;
  readonly indexFiles: number;
  /** Set when the build exited with an error after writing its pages and index: the first error line. */
  readonly failure?: string;
}

/** Everything one run measured; `formatReport` turns it into Markdown. */
export interface BenchFigures {
  readonly articles: number;
  readonly machine: string;
  /** The code measured (measured-code.ts): "commit 8c57109", "commit 8c57109-dirty". */
  readonly code: string;
  readonly date: string;
  readonly commands: readonly string[];
  readonly corpus: { readonly ms: number; readonly bytes: number };
  readonly ingest: PhaseFigures & {
    readonly counts: Readonly<Record<string, number>>;
    readonly entryBytes: number;
  };
  readonly terms: { readonly topics: number; readonly people: number; readonly publications: number };
  readonly build: BuildFigures;
  /** Adding one source to the built archive: its ingest, then the same build again over the same cache and output. */
  readonly addOne: {
    readonly ingest: PhaseFigures & { readonly created: number };
    readonly build: BuildFigures;
  };
  readonly baseline?: BuildFigures;
  readonly stories: WeightSummary;
  readonly home: WeightSummary;
  readonly searches: readonly FirstSearch[];
}

const KB = 1024;
const MB = 1024 * 1024;
/** Issue 23's targets: one story published in a minute and 100,000 built in 15 minutes under 8 GB, 10,000 within 1.5× the bare baseline. */
const TARGETS = {
  storyKB: 20,
  homeKB: 30,
  firstResultMs: 300,
  searchKB: 300,
  buildRatio: 1.5,
  addOneSeconds: 60,
  fromNothingMinutes: 15,
  peakGB: 8,
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const perArticle = (ms: number, articles: number) => `${(ms / articles).toFixed(2)} ms`;
const megabytes = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
const kilobytes = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const count = (n: number) => n.toLocaleString('en-US');
const mark = (met: boolean) => (met ? '✓' : '✗');
const ratio = (ours: number, base: number) => `${(ours / base).toFixed(2)}×`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function buildRows(label: string, build: BuildFigures, articles: number): string[][] {
  const rows = [
    [
      label,
      seconds(build.wallMs),
      perArticle(build.wallMs, articles),
      megabytes(build.peakTreeRssBytes),
      `${count(build.htmlPages)} pages, ${count(build.siteFiles)} files, ${megabytes(build.siteBytes)}`,
    ],
  ];
  for (const step of build.steps) {
    const isIndex = step.name.startsWith('search index');
    rows.push([
      `↳ ${step.name}`,
      seconds(step.ms),
      perArticle(step.ms, articles),
      isIndex && build.pagefindPeakBytes ? `Pagefind process ${megabytes(build.pagefindPeakBytes)}` : '',
      isIndex ? `index ${megabytes(build.indexBytes)}, ${count(build.indexFiles)} files` : (step.output ?? ''),
    ]);
  }
  return rows;
}

/** The run as Markdown: a heading, the machine and commands, and three tables. */
export function formatReport(f: BenchFigures): string {
  const n = f.articles;
  const pipelineMs = f.ingest.wallMs + f.build.wallMs;
  const pipelinePeak = Math.max(f.ingest.peakTreeRssBytes, f.build.peakTreeRssBytes);
  const phases = table(
    ['phase', 'wall time', 'per article', 'peak memory (RSS, process tree)', 'output'],
    [
      [
        'generate corpus (in the benchmark process)',
        seconds(f.corpus.ms),
        perArticle(f.corpus.ms, n),
        '',
        `${count(n)} sources, ${megabytes(f.corpus.bytes)}`,
      ],
      [
        'ingest (`node scripts/ingest.ts`)',
        seconds(f.ingest.wallMs),
        perArticle(f.ingest.wallMs, n),
        megabytes(f.ingest.peakTreeRssBytes),
        `${count(f.ingest.counts.created ?? 0)} entries created, ${count(f.ingest.counts.refused ?? 0)} refused, ` +
          `${count(f.ingest.counts.duplicate ?? 0)} duplicate; ${megabytes(f.ingest.entryBytes)}`,
      ],
      ...buildRows('build (`npm run build`: pages, then search index and reconciliation)', f.build, n),
      [
        '**full pipeline (ingest + build)**',
        seconds(pipelineMs),
        perArticle(pipelineMs, n),
        megabytes(pipelinePeak),
        '',
      ],
      [
        'add one story: ingest',
        seconds(f.addOne.ingest.wallMs),
        '',
        megabytes(f.addOne.ingest.peakTreeRssBytes),
        `${count(f.addOne.ingest.created)} entry created`,
      ],
      ...buildRows('add one story: build again', f.addOne.build, n),
      ...(f.baseline ? buildRows('baseline: minimal Astro site + Pagefind (`astro build`)', f.baseline, n) : []),
    ],
  );
  const addOneMs = f.addOne.ingest.wallMs + f.addOne.build.wallMs;
  const publishOneMs = f.addOne.ingest.wallMs + f.addOne.build.swappedInMs;
  const peakMs = Math.max(pipelinePeak, f.addOne.ingest.peakTreeRssBytes, f.addOne.build.peakTreeRssBytes);
  const addOne = table(
    ['figure', 'value', 'target (issue 23)'],
    [
      [
        'one new story: `npm run ingest` to the new site swapped in (to the build’s exit)',
        `${seconds(publishOneMs)} (${seconds(addOneMs)}), ${((100 * addOneMs) / pipelineMs).toFixed(0)}% of the full pipeline`,
        `≤ ${TARGETS.addOneSeconds} s ${mark(publishOneMs <= TARGETS.addOneSeconds * 1000)}`,
      ],
      [
        'from nothing: ingest + build',
        `${(pipelineMs / 60_000).toFixed(1)} min`,
        `≤ ${TARGETS.fromNothingMinutes} min at 100,000 ${n >= 100_000 ? mark(pipelineMs <= TARGETS.fromNothingMinutes * 60_000) : '(not this size)'}`,
      ],
      [
        'peak memory, any phase (process tree)',
        megabytes(peakMs),
        `< ${TARGETS.peakGB} GB ${mark(peakMs < TARGETS.peakGB * 1024 * MB)}`,
      ],
    ],
  );

  const ratios = f.baseline
    ? table(
        ['ours ÷ baseline', 'wall time', 'peak memory', 'target (issue 23, at 10,000)'],
        [
          [
            'build (pages + index)',
            ratio(f.build.wallMs, f.baseline.wallMs),
            ratio(f.build.peakTreeRssBytes, f.baseline.peakTreeRssBytes),
            `time ≤ ${TARGETS.buildRatio.toFixed(1)}× ${mark(f.build.wallMs <= TARGETS.buildRatio * f.baseline.wallMs)}`,
          ],
          [
            'full pipeline (ingest + build)',
            ratio(pipelineMs, f.baseline.wallMs),
            ratio(pipelinePeak, f.baseline.peakTreeRssBytes),
            `time ≤ ${TARGETS.buildRatio.toFixed(1)}× ${mark(pipelineMs <= TARGETS.buildRatio * f.baseline.wallMs)}`,
          ],
        ],
      )
    : '_Baseline skipped (`--skip-baseline`): no ratios._';

  const scripts = (w: WeightSummary) =>
    w.maxJsBytes === 0
      ? '0 B'
      : `${count(w.maxJsBytes)} B: ${w.scripts.map((s) => `\`${s.split('/').at(-1)}\``).join(', ')}`;
  const searchRows = f.searches.flatMap((s) => {
    const total = s.pagefindLoadBytes + s.afterTypingBytes;
    return [
      [
        `first search, "${s.word}" (${s.status.replace(/,.*$/, '')}): typing → first result (Enter → first result)`,
        `${Math.round(s.firstResultMs)} ms (${Math.round(s.firstResultOnEnterMs)} ms)`,
        `≤ ${TARGETS.firstResultMs} ms ${mark(s.firstResultMs <= TARGETS.firstResultMs)}`,
      ],
      [
        `first search, "${s.word}": transferred (Pagefind at page load + after typing; shards read)`,
        `${kilobytes(s.pagefindLoadBytes)} + ${kilobytes(s.afterTypingBytes)} (${s.afterTypingRequests} requests) = ${kilobytes(total)}; ${s.shardsFetched.join(', ')}`,
        `≤ ${TARGETS.searchKB} KB ${mark(total <= TARGETS.searchKB * KB)}`,
      ],
      ...(s.goingBack
        ? [
            [
              `then "${s.goingBack.label}": pressed → counted, transferred`,
              `${Math.round(s.goingBack.ms)} ms, ${kilobytes(s.goingBack.bytes)} (${s.goingBack.requests} requests; ${s.goingBack.shardsFetched.join(', ')})`,
              '',
            ],
          ]
        : []),
    ];
  });
  const pages = table(
    ['figure', 'value', 'target (issues 7 and 23)'],
    [
      [
        `story page, HTML + CSS gzipped (median / max of ${count(f.stories.pages)} story pages)`,
        `${kilobytes(f.stories.medianGzipBytes)} / ${kilobytes(f.stories.maxGzipBytes)}`,
        `≤ ${TARGETS.storyKB} KB ${mark(f.stories.maxGzipBytes <= TARGETS.storyKB * KB)}`,
      ],
      [
        'home page, HTML + CSS gzipped',
        kilobytes(f.home.maxGzipBytes),
        `≤ ${TARGETS.homeKB} KB ${mark(f.home.maxGzipBytes <= TARGETS.homeKB * KB)}`,
      ],
      [
        'JavaScript on story pages (largest; JSON-LD not counted)',
        scripts(f.stories),
        `0 outside search ${mark(f.stories.maxNonSearchJsBytes === 0)}`,
      ],
      ['JavaScript on the home page', scripts(f.home), `0 outside search ${mark(f.home.maxNonSearchJsBytes === 0)}`],
      ['search index (dist/pagefind)', `${megabytes(f.build.indexBytes)}, ${count(f.build.indexFiles)} files`, ''],
      [
        'labels',
        `${count(f.terms.topics)} topics, ${count(f.terms.people)} people, ${count(f.terms.publications)} publications`,
        '',
      ],
      ...searchRows,
    ],
  );

  return [
    `## ${count(n)} articles`,
    '',
    `Measured ${f.date}, at ${f.code}, on ${f.machine}. Other work on the machine makes times noisy (see the load average)` +
      (f.baseline ? '; the baseline runs in the same run to give ratios.' : '.'),
    '',
    "Commands (`<tmp>` is the run's temporary folder):",
    '',
    ...f.commands.map((c) => `- \`${c}\``),
    '',
    phases,
    '',
    ...[f.build, f.baseline].flatMap((build) =>
      build?.failure
        ? [
            `**${build === f.build ? 'The build' : 'The baseline build'} failed** (${build.failure}) after writing its pages and search index; ` +
              'its time and memory above run to the failure, and the figures below are read from what it wrote.',
            '',
          ]
        : [],
    ),
    ratios,
    '',
    addOne,
    '',
    pages,
    '',
    "How measured: wall time from spawning each phase to its exit; build steps from the times the build's log lines",
    "reached the benchmark; peak memory is the largest sum of VmRSS over the phase's whole process tree, sampled",
    'every 100 ms from /proc (the Pagefind figure is its own VmHWM). Page weights gzip each file at zlib level 6.',
    "JavaScript outside search is any script but search's own: the header search box's `/` shortcut (every page) and",
    "a story's highlighter loader, which issue 5 asks for (tests/support/search-scripts.ts).",
    'Searches run in headless Chromium on a fresh context per word against a local server that gzips text as a host',
    'would (Pagefind\'s index files are already compressed); "transferred" is headers + encoded body of every response,',
    "the page's Worker included: what the search page fetched from /pagefind/ while loading (Pagefind, its WebAssembly",
    "and the index's metadata, as soon as it opens) plus everything fetched from typing until the network was quiet. Typing waits for",
    'a pause (`debouncedSearch`, its wait set in src/browser/search-page.ts) before searching; Enter searches at once.',
  ].join('\n');
}
