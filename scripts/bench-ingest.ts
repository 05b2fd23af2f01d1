/**
 * `npm run bench:ingest [-- --text N --markdown N --html N]`: the ingester's
 * throughput. Generates a deterministic corpus (scripts/bench/corpus.ts,
 * scripts/bench/markdown-corpus.ts) in the content/sources/ of a temporary
 * project, ingests the text files, the Markdown files and then the HTML
 * pages, each in a child process of its own, and reports articles per second
 * and peak memory against the targets (500 text or Markdown articles/s, 30
 * HTML pages/s on a 2-core machine), then the body-extraction F1 of the
 * evaluation set.
 * Figures, not a pass/fail test: the exit code is 0 unless a run fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeCorpus } from './bench/corpus.ts';
import type { Generated } from './bench/corpus.ts';
import { makeMarkdownCorpus } from './bench/markdown-corpus.ts';

const { values } = parseArgs({
  options: {
    text: { type: 'string', default: '5000' },
    markdown: { type: 'string', default: '3000' },
    html: { type: 'string', default: '300' },
    runs: { type: 'string', default: '3' },
  },
});
const REPO = resolve(import.meta.dirname, '..');
const counts = { text: Number(values.text), markdown: Number(values.markdown), html: Number(values.html) };
type Kind = keyof typeof counts;
const runs = Math.max(1, Number(values.runs));

const project = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
try {
  mkdirSync(join(project, 'content/sources'), { recursive: true });
  const generated = makeCorpus(counts);
  const corpus: Record<Kind, readonly Generated[]> = {
    text: generated.filter((f) => !f.name.endsWith('.html')),
    markdown: makeMarkdownCorpus(counts.markdown),
    html: generated.filter((f) => f.name.endsWith('.html')),
  };
  for (const kind of Object.keys(corpus) as Kind[]) {
    // Where an archivist puts sources: ingest reads them in place (no copy into the archive to time).
    const dir = join(project, 'content/sources', kind);
    mkdirSync(dir);
    for (const file of corpus[kind]) writeFileSync(join(dir, file.name), file.text);
  }
  console.log(
    `ingest benchmark: ${counts.text} text files, ${counts.markdown} Markdown files, ${counts.html} HTML pages`,
  );
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}\n`,
  );
  console.log(`each figure is the median of ${runs} runs on a fresh content/articles/ (range in brackets)\n`);
  const averageKB = (kind: Kind) => {
    const files = corpus[kind];
    return (files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0) / Math.max(1, files.length) / 1024).toFixed(0);
  };
  console.log('| input | files | average size | created | refused | seconds | articles/s | target | peak RSS |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [kind, target] of [
    ['text', 500],
    ['markdown', 500],
    ['html', 30],
  ] as const) {
    if (counts[kind] === 0) continue;
    const results = Array.from({ length: runs }, () => {
      rmSync(join(project, 'content/articles'), { recursive: true, force: true });
      const output = execFileSync(
        process.execPath,
        [join(REPO, 'scripts/bench/ingest-child.ts'), project, `content/sources/${kind}`],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      return JSON.parse(output.trim().split('\n').at(-1)!) as {
        ms: number;
        counts: Record<string, number>;
        maxRssBytes: number;
      };
    });
    const rates = results.map((r) => (counts[kind] / r.ms) * 1000).sort((a, b) => a - b);
    const rate = median(rates);
    const result = results[0]!;
    console.log(
      `| ${kind} | ${counts[kind]} | ${averageKB(kind)} KB | ${result.counts.created} | ${result.counts.refused} | ${(median(results.map((r) => r.ms)) / 1000).toFixed(1)} | ` +
        `${rate.toFixed(0)} [${rates[0]!.toFixed(0)}–${rates.at(-1)!.toFixed(0)}] | ≥ ${target} ${rate >= target ? '✓' : '✗'} | ` +
        `${(Math.max(...results.map((r) => r.maxRssBytes)) / 2 ** 20).toFixed(0)} MB |`,
    );
  }
  console.log('\nbody extraction, evaluation set (tests/ingest/extraction-eval):');
  execFileSync(process.execPath, [join(REPO, 'scripts/eval-extraction.ts')], { stdio: 'inherit' });
} finally {
  rmSync(project, { recursive: true, force: true });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
