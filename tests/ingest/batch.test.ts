import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { ProgressBar } from '../../src/ingest/progress.ts';
import { splitFrontMatter } from '../../src/entry/front-matter.ts';
import { articleSchema } from '../../src/entry/article.ts';
import { makeCorpus } from '../../scripts/bench/corpus.ts';
import { emptyProjects, entriesUnder, REPO, ingest } from './helpers.ts';

const project = emptyProjects();

/** Writes generated sources into `<root>/<folder>/`. */
function writeCorpus(root: string, folder: string, count: { text: number; html: number }): string[] {
  const dir = join(root, folder);
  mkdirSync(dir, { recursive: true });
  const files = makeCorpus(count, 7);
  for (const file of files) writeFileSync(join(dir, file.name), file.text);
  return files.map((f) => f.name);
}

describe('ingest in batches', () => {
  it('takes a folder, archives its files under the folder name, and prints one summary', async () => {
    const root = project();
    writeCorpus(root, 'incoming/wire', { text: 12, html: 3 });
    const run = await ingest(root, 'incoming/wire');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim().split('\n').length, 2, `only the summary lines:\n${run.stdout}`);
    assert.match(
      run.stdout,
      /^15 files, 15 articles: 15 created, 0 updated, 0 unchanged, 0 kept, 0 duplicate, 0 refused$/m,
    );
    assert.match(run.stdout, /^formats: 12 text, 3 html$/m);
    assert.ok(existsSync(join(root, 'content/sources/wire/text-000000.txt')));
    assert.ok(existsSync(join(root, 'content/articles/wire/page-000000.md')));
    const entry = readFileSync(join(root, 'content/articles/wire/text-000000.md'), 'utf8');
    assert.match(entry, /path: "content\/sources\/wire\/text-000000\.txt"/);

    const again = await ingest(root);
    assert.match(again.stdout, /^15 files, 15 articles: 0 created, 0 updated, 15 unchanged/m);
  });

  it('--json prints one machine-readable report with counts, each file and each refusal', async () => {
    const root = project();
    writeCorpus(root, 'in', { text: 2, html: 0 });
    writeFileSync(join(root, 'in/empty.txt'), '');
    const run = await ingest(root, '--json', 'in');
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '', 'nothing but the report');
    const report = JSON.parse(run.stdout) as {
      counts: Record<string, number>;
      exitCode: number;
      files: { path: string; format?: string; articles: { status: string; entry?: string; problem?: object }[] }[];
    };
    assert.deepEqual(report.counts, { created: 2, updated: 0, unchanged: 0, kept: 0, duplicate: 0, refused: 1 });
    assert.equal(report.exitCode, 1);
    const empty = report.files.find((f) => f.path === 'in/empty.txt');
    assert.deepEqual(empty?.articles[0]?.problem, {
      field: '(file)',
      reason: 'is empty; delete it or replace it with the article text',
    });
    assert.equal(
      report.files.find((f) => f.path === 'in/text-000000.txt')?.articles[0]?.entry,
      'content/articles/in/text-000000.md',
    );
  });

  it('does not archive a file it refuses, and refuses a file over --max-size', async () => {
    const root = project();
    writeCorpus(root, 'in', { text: 1, html: 0 });
    writeFileSync(join(root, 'in/notes.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 9]));
    const run = await ingest(root, '--max-size', '1 KB', 'in');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^in\/notes\.bin: \(file\): .*binary/m);
    assert.match(run.stderr, /^in\/text-000000\.txt: \(file\): is [\d.]+ KB, over the 1 KB limit/m);
    assert.deepEqual(readdirSync(join(root, 'content/sources')), []);
    assert.deepEqual(entriesUnder(root), []);
  });

  it('reports a text that is already in the archive as a duplicate, in a later run too, and writes nothing for it', async () => {
    const root = project();
    const [name] = writeCorpus(root, 'first', { text: 1, html: 0 });
    mkdirSync(join(root, 'second'));
    const copy = readFileSync(join(root, 'first', name!), 'utf8').replace(/\n\n/g, '\n\n\n');
    writeFileSync(join(root, 'second/copy.txt'), copy);
    assert.equal((await ingest(root, 'first')).status, 0);
    const run = await ingest(root, 'second');
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      /^second\/copy\.txt: duplicate \(same text as content\/articles\/first\/text-000000\.md \(from content\/sources\/first\/text-000000\.txt\); no entry made\)$/m,
    );
    assert.match(run.stdout, /0 created, 0 updated, 0 unchanged, 0 kept, 1 duplicate, 0 refused/);
    assert.deepEqual(entriesUnder(root), ['first/text-000000.md']);
  });

  it('a run over 1,000 files killed part-way leaves only whole entries, and running it again completes the work with none duplicated', async () => {
    const TOTAL = 1000;
    const root = project();
    writeCorpus(root, 'in', { text: TOTAL, html: 0 });
    const child = spawn(process.execPath, [join(REPO, 'scripts/ingest.ts'), 'in'], { cwd: root, stdio: 'ignore' });
    // Kill it once some entries are on disk, well before the end.
    const exited = new Promise((done) => child.on('exit', done));
    const poll = setInterval(() => {
      if (entriesUnder(root).length >= 100) child.kill('SIGKILL');
    }, 5);
    await exited;
    clearInterval(poll);
    const partial = entriesUnder(root);
    assert.ok(partial.length >= 100 && partial.length < TOTAL, `killed part-way: ${partial.length} entries`);
    const leftovers = () =>
      (readdirSync(join(root, 'content'), { recursive: true }) as string[]).filter((f) => f.endsWith('.tmp'));
    assert.ok(
      leftovers().every((f) => /(?:^|\/)\.[^/]+\.tmp$/.test(f)),
      'only hidden temporary files, never a half entry',
    );
    const readEntry = (file: string) => {
      const front = splitFrontMatter(readFileSync(join(root, 'content/articles', file), 'utf8'));
      const checked = front ? articleSchema.safeParse(parse(front.yaml)) : undefined;
      assert.ok(checked?.success, `${file} is whole`);
      return checked.data;
    };
    partial.forEach(readEntry);

    const rerun = await ingest(root, 'in');
    assert.equal(rerun.status, 0, rerun.stderr);
    assert.match(
      rerun.stdout,
      new RegExp(
        `^${TOTAL} files, ${TOTAL} articles: ${TOTAL - partial.length} created, 0 updated, ${partial.length} unchanged`,
        'm',
      ),
    );
    const entries = entriesUnder(root).map(readEntry);
    assert.equal(entries.length, TOTAL);
    assert.equal(new Set(entries.map((e) => e.source.path)).size, TOTAL, 'one entry per source');
    assert.equal(new Set(entries.map((e) => `${e.published} ${e.slug}`)).size, TOTAL, 'one URL per entry');
    assert.equal(readdirSync(join(root, 'content/sources/in')).length, TOTAL, 'every source archived once');
    assert.deepEqual(leftovers(), [], 'the next run clears what the killed one left');
  });

  it('writes the same entries for a large batch (prepared on a worker thread) as for small ones (prepared inline)', async () => {
    const large = project();
    const small = project();
    writeCorpus(large, 'in', { text: 540, html: 20 });
    writeCorpus(small, 'content/sources/in', { text: 540, html: 20 });
    // Settings reach the worker too: one of the corpus's names is denied.
    for (const root of [large, small])
      writeFileSync(join(root, 'content/ingest.yaml'), 'people:\n  deny: ["Rosa Delgado"]\n');
    assert.equal((await ingest(large, 'in')).status, 0);
    // Two runs of 280 files each, below the worker threshold.
    const names = readdirSync(join(small, 'content/sources/in')).sort();
    for (const half of [names.slice(0, 280), names.slice(280)]) {
      const run = await ingest(small, ...half.map((name) => `content/sources/in/${name}`));
      assert.equal(run.status, 0, run.stderr);
    }
    const read = (root: string, dir: string) =>
      readdirSync(join(root, dir))
        .sort()
        .map((name) => readFileSync(join(root, dir, name), 'utf8'));
    assert.equal(entriesUnder(large).length, 560);
    assert.deepEqual(read(small, 'content/articles/in'), read(large, 'content/articles/in'));
    const people = read(large, 'content/articles/in').flatMap(
      (text) => (parse(splitFrontMatter(text)!.yaml) as { people?: string[] }).people ?? [],
    );
    assert.ok(people.includes('Tom Reyes'));
    assert.ok(!people.includes('Rosa Delgado'));
  });

  it('draws a progress bar on a terminal only, and clears it before other lines', async () => {
    const writes: string[] = [];
    const fake = (isTTY: boolean) =>
      ({ isTTY, columns: 80, write: (chunk: string) => writes.push(chunk) }) as unknown as NodeJS.WriteStream;
    const bar = new ProgressBar(fake(true), 2);
    bar.tick('');
    bar.clear();
    bar.tick('· 1 refused');
    assert.match(writes[0]!, /^\r\x1b\[2K\[#+-+\] 1\/2 files/);
    assert.equal(writes[1], '\r\x1b[2K');
    assert.match(writes[2]!, /2\/2 files · 1 refused/);

    writes.length = 0;
    const quiet = new ProgressBar(fake(false), 2);
    quiet.tick('');
    quiet.tick('');
    assert.deepEqual(writes, []);
  });
});
