/**
 * The full-pipeline benchmark (`npm run bench`) at a tiny size: it runs
 * every phase and prints every figure, and `--no-write` leaves
 * BENCHMARKS.md alone. The figures themselves are not judged here: they
 * are measurements on a shared machine, not pass/fail.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { makeArchiveCorpus } from '../../scripts/bench/archive-corpus.ts';
import { REPO_DIR } from '../support/entries.ts';

const BENCHMARKS = join(REPO_DIR, 'BENCHMARKS.md');
const readBenchmarks = () => (existsSync(BENCHMARKS) ? readFileSync(BENCHMARKS, 'utf8') : undefined);

const SECONDS = String.raw`\d+\.\d s`;
const PER_ARTICLE = String.raw`\d+\.\d\d ms`;
const MEGABYTES = String.raw`\d+(?:\.\d)? MB`;
const KILOBYTES = String.raw`\d+\.\d KB`;

/** One table row per figure: its label, then the cells the figure must fill. */
const FIGURES: readonly [string, RegExp][] = [
  ['code measured', /^Measured \S+, at commit [0-9a-f]{7,}(?:-dirty)?, on \d+ cores /m],
  [
    'ingest',
    new RegExp(
      String.raw`^\| ingest .*\| ${SECONDS} \| ${PER_ARTICLE} \| ${MEGABYTES} \| 30 entries created, 0 refused`,
      'm',
    ),
  ],
  [
    'build',
    new RegExp(
      String.raw`^\| build .*\| ${SECONDS} \| ${PER_ARTICLE} \| ${MEGABYTES} \| \d+ pages, \d+ files, ${MEGABYTES} \|`,
      'm',
    ),
  ],
  ['content sync', new RegExp(String.raw`^\| ↳ start and content sync .*\| ${SECONDS} \|`, 'm')],
  ['rendering', new RegExp(String.raw`^\| ↳ rendering pages \| ${SECONDS} \|`, 'm')],
  [
    'search index phase',
    new RegExp(
      String.raw`^\| ↳ search index .*\| ${SECONDS} \| ${PER_ARTICLE} \| Pagefind process ${MEGABYTES} \| index ${MEGABYTES}, \d+ files \|`,
      'm',
    ),
  ],
  [
    'full pipeline',
    new RegExp(String.raw`^\| \*\*full pipeline .*\| ${SECONDS} \| ${PER_ARTICLE} \| ${MEGABYTES} \|`, 'm'),
  ],
  [
    'baseline',
    new RegExp(String.raw`^\| baseline: .*\| ${SECONDS} \| ${PER_ARTICLE} \| ${MEGABYTES} \| 30 pages`, 'm'),
  ],
  ['ratio to baseline', /^\| build \(pages \+ index\) \| \d+\.\d\d× \| \d+\.\d\d× \| time ≤ 1\.5× [✓✗] \|/m],
  [
    'story page weight',
    new RegExp(String.raw`^\| story page, .*\| ${KILOBYTES} / ${KILOBYTES} \| ≤ 20 KB [✓✗] \|`, 'm'),
  ],
  ['home page weight', new RegExp(String.raw`^\| home page, .*\| ${KILOBYTES} \| ≤ 30 KB [✓✗] \|`, 'm')],
  ['JavaScript on story pages', /^\| JavaScript on story pages .*\| [\d,]+ B.* \| 0 outside search [✓✗] \|/m],
  ['added story ingested', /^\| add one story: ingest \| .* \| 1 entry created \|/m],
  [
    'build after adding a story',
    new RegExp(
      String.raw`^\| add one story: build again \| ${SECONDS} \| ${PER_ARTICLE} \| ${MEGABYTES} \| \d+ pages`,
      'm',
    ),
  ],
  [
    'one story published: ingest to the new site swapped in',
    new RegExp(
      String.raw`^\| one new story: .*swapped in.* \| ${SECONDS} \(${SECONDS}\), \d+% of the full pipeline \| ≤ 60 s [✓✗] \|`,
      'm',
    ),
  ],
  ['the swap timed in the build', new RegExp(String.raw`^\| ↳ new site swapped in \| ${SECONDS} \|`, 'm')],
  [
    'peak memory against 8 GB',
    new RegExp(String.raw`^\| peak memory, any phase .*\| ${MEGABYTES} \| < 8 GB [✓✗] \|`, 'm'),
  ],
  ['search index size', new RegExp(String.raw`^\| search index \(dist/pagefind\) \| ${MEGABYTES}, \d+ files \|`, 'm')],
];

test('npm run bench -- --articles 30 --no-write runs every phase and prints every figure', () => {
  const before = readBenchmarks();
  const run = spawnSync(process.execPath, [join(REPO_DIR, 'scripts/bench.ts'), '--articles', '30', '--no-write'], {
    cwd: REPO_DIR,
    encoding: 'utf8',
    timeout: 180_000,
  });
  assert.equal(run.status, 0, `the benchmark failed:\n${run.stdout}\n${run.stderr}`);
  // Prettier pads table cells into columns; the checks read one space.
  const report = run.stdout.replace(/ {2,}/g, ' ');
  for (const [figure, row] of FIGURES) assert.match(report, row, `the report shows the ${figure} figure`);

  const { common, rare, everyStory } = makeArchiveCorpus(30).searchWords;
  for (const word of [common, rare, everyStory]) {
    assert.match(
      report,
      new RegExp(
        `^\\| first search, "${word}" \\(\\d+ stor(?:y|ies) match.*\\| \\d+ ms \\(\\d+ ms\\) \\| ≤ 300 ms [✓✗] \\|`,
        'm',
      ),
      `the first search for "${word}" found stories and was timed`,
    );
    assert.match(
      report,
      new RegExp(`^\\| first search, "${word}": transferred .*= \\d+\\.\\d KB; [^|]+ \\| ≤ 300 KB [✓✗] \\|`, 'm'),
      `the bytes of the first search for "${word}" were counted`,
    );
  }
  assert.equal(readBenchmarks(), before, '--no-write leaves BENCHMARKS.md as it was');
});
