/**
 * `npm run bench:ingest [-- --text N --html N]`: the ingester's throughput.
 * Generates a deterministic corpus (scripts/bench/corpus.ts) in a temporary
 * project, ingests the text files and then the HTML pages, each in a child
 * process of its own, and reports articles per second and peak memory
 * against the targets (500 text articles/s, 30 HTML pages/s on a 2-core
 * machine), then the body-extraction F1 of the evaluation set.
 * Figures, not a pass/fail test: the exit code is 0 unless a run fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeCorpus } from './bench/corpus.ts';

const { values } = parseArgs({
  options: { text: { type: 'string', default: '2000' }, html: { type: 'string', default: '300' } },
});
const REPO = resolve(import.meta.dirname, '..');
const counts = { text: Number(values.text), html: Number(values.html) };

const project = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
try {
  mkdirSync(join(project, 'content/sources'), { recursive: true });
  const corpus = makeCorpus(counts);
  for (const kind of ['text', 'html'] as const) {
    const dir = join(project, `incoming-${kind}`);
    mkdirSync(dir);
    for (const file of corpus.filter((f) => (kind === 'html') === f.name.endsWith('.html'))) {
      writeFileSync(join(dir, file.name), file.text);
    }
  }
  console.log(`ingest benchmark: ${counts.text} text files, ${counts.html} HTML pages`);
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}\n`,
  );
  console.log('| input | files | created | refused | seconds | articles/s | target | peak RSS |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [kind, target] of [
    ['text', 500],
    ['html', 30],
  ] as const) {
    const output = execFileSync(
      process.execPath,
      [join(REPO, 'scripts/bench/ingest-child.ts'), project, `incoming-${kind}`],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const result = JSON.parse(output.trim().split('\n').at(-1)!) as {
      ms: number;
      counts: Record<string, number>;
      maxRssBytes: number;
    };
    const rate = (counts[kind] / result.ms) * 1000;
    console.log(
      `| ${kind} | ${counts[kind]} | ${result.counts.created} | ${result.counts.refused} | ${(result.ms / 1000).toFixed(1)} | ` +
        `${rate.toFixed(0)} | ≥ ${target} ${rate >= target ? '✓' : '✗'} | ${(result.maxRssBytes / 2 ** 20).toFixed(0)} MB |`,
    );
  }
  console.log('\nbody extraction, evaluation set (tests/ingest/extraction-eval):');
  execFileSync(process.execPath, [join(REPO, 'scripts/eval-extraction.ts')], { stdio: 'inherit' });
} finally {
  rmSync(project, { recursive: true, force: true });
}
