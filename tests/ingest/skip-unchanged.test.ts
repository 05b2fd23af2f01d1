import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { makeArchiveCorpus } from '../../scripts/bench/archive-corpus.ts';
import { describeEntry, type ExistingEntry } from '../../src/ingest/writing/existing-entries.ts';
import { stampOf } from '../../src/ingest/writing/file-stamp.ts';
import { ingesterModules } from '../../src/ingest/ingester-fingerprint.ts';
import { readIngestRecord, recordFileFor } from '../../src/ingest/writing/ingest-record.ts';
import { describeRecordedEntry } from '../../src/ingest/writing/replay-source.ts';
import { runIngest } from '../../src/ingest/run.ts';
import { makeProject, readArticles, removeProject, REPO } from './helpers.ts';

const NAMES = [
  '000_6fb0a694fac15da0.txt',
  '001_17482f6af291a5f5.txt',
  '002_d17c487081642dcc.txt',
  '003_66fe005479aa5f39.txt',
  '004_e900bb8a7e956693.txt',
];
const projects: string[] = [];
const project = () => {
  const root = makeProject();
  projects.push(root);
  return root;
};
after(() => projects.forEach(removeProject));

interface Run {
  readonly exitCode: number;
  /** The --json report, as printed. */
  readonly report: string;
  readonly counts: Record<string, number>;
  /** The sources that were read and prepared, by path under content/sources/. */
  readonly prepared: string[];
}

/** `npm run ingest -- --json [args]` in this process, noting each source it prepares. */
async function ingest(root: string, { force = false } = {}): Promise<Run> {
  const lines: string[] = [];
  const prepared: string[] = [];
  const exitCode = await runIngest({
    root,
    paths: [],
    force,
    verbose: false,
    json: true,
    out: (line) => lines.push(line),
    err: (line) => lines.push(line),
    onPrepare: (source) => prepared.push(source.name),
  });
  const report = lines.join('\n');
  return { exitCode, report, counts: (JSON.parse(report) as { counts: Record<string, number> }).counts, prepared };
}

/** The report a run with no record gives now, preparing every source (the record is left as it was). */
async function reportWithoutRecord(root: string): Promise<string> {
  const file = recordFileFor(root);
  const saved = readFileSync(file);
  rmSync(file);
  const run = await ingest(root);
  writeFileSync(file, saved);
  return run.report;
}

describe('ingest skips sources whose entries cannot have changed', () => {
  it('prepares no source on an unchanged archive, and reports and leaves everything as a full run does', async () => {
    const root = project();
    const first = await ingest(root);
    assert.deepEqual(first.prepared, NAMES);
    const entries = readArticles(root);

    const again = await ingest(root);
    assert.deepEqual(again.prepared, []);
    assert.deepEqual(again.counts, { created: 0, updated: 0, unchanged: 5, kept: 0, duplicate: 0, refused: 0 });
    assert.deepEqual(readArticles(root), entries);
    assert.equal(again.report, await reportWithoutRecord(root));
  });

  it('prepares only an added source, and makes its entry', async () => {
    const root = project();
    await ingest(root);
    writeFileSync(join(root, 'content/sources/story-added.txt'), makeArchiveCorpus(1, 8).sources[0]!.text);
    const run = await ingest(root);
    assert.deepEqual(run.prepared, ['story-added.txt']);
    assert.deepEqual(run.counts, { created: 1, updated: 0, unchanged: 5, kept: 0, duplicate: 0, refused: 0 });
    assert.ok(readArticles(root).has('story-added.md'));
    assert.deepEqual((await ingest(root)).prepared, []);
  });

  it('prepares a source again when its bytes change', async () => {
    const root = project();
    await ingest(root);
    appendFileSync(join(root, 'content/sources', NAMES[2]!), '\nOne more paragraph, added later to the source.\n');
    const run = await ingest(root);
    assert.deepEqual(run.prepared, [NAMES[2]]);
    assert.equal(run.counts.kept, 1, 'an entry the ingester would now write differently is kept, as before');
  });

  it('prepares every source again when content/ingest.yaml or content/overrides.yaml changes', async () => {
    const root = project();
    await ingest(root);
    writeFileSync(join(root, 'content/ingest.yaml'), 'maxFileSize: "10 MB"\n');
    assert.deepEqual((await ingest(root)).prepared, NAMES);
    assert.deepEqual((await ingest(root)).prepared, []);
    const overrides = join(root, 'content/overrides.yaml');
    writeFileSync(overrides, readFileSync(overrides, 'utf8').replace('"Grief"]', '"Grief", "Family"]'));
    assert.deepEqual((await ingest(root)).prepared, NAMES);
  });

  it('prepares a source again when its entry was edited by hand, and keeps the edit', async () => {
    const root = project();
    await ingest(root);
    const entry = join(root, 'content/articles', NAMES[1]!.replace('.txt', '.md'));
    const edited = `${readFileSync(entry, 'utf8')}\nAn editor's note.\n`;
    writeFileSync(entry, edited);
    const run = await ingest(root);
    assert.deepEqual(run.prepared, [NAMES[1]]);
    assert.equal(run.counts.kept, 1);
    assert.match(run.report, /edited by hand; run with --force to overwrite the edit/);
    assert.equal(readFileSync(entry, 'utf8'), edited);
  });

  it('prepares a source again when another entry now holds its text, and reports the duplicate as before', async () => {
    const root = project();
    await ingest(root);
    const entry = NAMES[3]!.replace('.txt', '.md');
    copyFileSync(join(root, 'content/articles', entry), join(root, 'content/articles/000_copy.md'));
    const run = await ingest(root);
    assert.deepEqual(run.prepared, [NAMES[3]]);
    assert.equal(run.counts.duplicate, 1);
    assert.equal(run.report, await reportWithoutRecord(root));
  });

  it('does not prepare an existing source again when a new source duplicates it', async () => {
    const root = project();
    await ingest(root);
    copyFileSync(join(root, 'content/sources', NAMES[4]!), join(root, 'content/sources/000_again.txt'));
    const run = await ingest(root);
    assert.deepEqual(run.prepared, ['000_again.txt']);
    assert.deepEqual(run.counts, { created: 0, updated: 0, unchanged: 5, kept: 0, duplicate: 1, refused: 0 });
    assert.equal(run.report, await reportWithoutRecord(root));
  });

  it('prepares every source again when the entries are gone, and makes them as before', async () => {
    const root = project();
    await ingest(root);
    const entries = readArticles(root);
    for (const name of entries.keys()) rmSync(join(root, 'content/articles', name));
    const run = await ingest(root);
    assert.deepEqual(run.prepared, NAMES);
    assert.equal(run.counts.created, 5);
    assert.deepEqual(readArticles(root), entries);
  });

  it('ignores a corrupt record and prepares every source', async () => {
    const root = project();
    await ingest(root);
    writeFileSync(recordFileFor(root), '{"version": 1, "fingerprint": ');
    const run = await ingest(root);
    assert.deepEqual(run.prepared, NAMES);
    assert.equal(run.exitCode, 0);
    assert.equal(run.counts.unchanged, 5);
    assert.deepEqual((await ingest(root)).prepared, [], 'and writes a good one');
  });

  it('prepares every source with --force', async () => {
    const root = project();
    await ingest(root);
    assert.deepEqual((await ingest(root, { force: true })).prepared, NAMES);
  });

  it('prepares a source again when the URL its slug was moved off is free again', async () => {
    const root = project();
    const story = (body: string) => `Council approves budget\n\nOctober 1, 2020\n\n${body}\n`;
    writeFileSync(join(root, 'content/sources/a.txt'), story('The council approved the budget after a long debate.'));
    writeFileSync(join(root, 'content/sources/b.txt'), story('Critics of the budget said it would not last a year.'));
    const first = await ingest(root);
    assert.match(first.report, /slug \\"council-approves-budget-2\\" because/);
    const again = await ingest(root);
    assert.deepEqual(again.prepared, []);
    assert.equal(again.report, await reportWithoutRecord(root), 'the note names the entry holding the URL, as before');

    rmSync(join(root, 'content/sources/a.txt'));
    rmSync(join(root, 'content/articles/a.md'));
    const run = await ingest(root);
    assert.deepEqual(run.prepared, ['b.txt']);
    assert.equal(run.counts.kept, 1, 'b would now take the free URL, so its entry is kept, as before');
  });

  it('describes each recorded entry by its stamp, unread, as reading its front matter does', async () => {
    const root = project();
    const run = await ingest(root);
    const record = readIngestRecord(root, JSON.parse(readFileSync(recordFileFor(root), 'utf8')).fingerprint);
    const describe = describeRecordedEntry(record.sources);
    const unread = () => assert.fail('a recorded entry with its recorded stamp is not read');
    const fields = ({ readText: _, stamp: __, ...rest }: ExistingEntry) => rest;
    for (const [name, text] of readArticles(root)) {
      const file = `content/articles/${name}`;
      const described = describe(file, stampOf(join(root, file))!, unread);
      assert.ok(described, file);
      assert.deepEqual(fields(described), fields(describeEntry(file, text)));
      writeFileSync(join(root, file), `${text}\n`);
      assert.equal(describe(file, stampOf(join(root, file))!, unread), undefined, 'an edited entry is read again');
    }
    assert.equal(record.sources.size, run.counts.created);
  });

  it("notices a hand edit that keeps the entry's inode, size and modification time", async () => {
    const root = project();
    await ingest(root);
    const file = join(root, 'content/articles', [...readArticles(root).keys()][0]!);
    // A whole second, which utimes sets exactly, recorded by a run that reads the touched entry again.
    const second = new Date('2024-05-01T12:00:00Z');
    utimesSync(file, second, second);
    await ingest(root);
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(
      /^(headline: ")(.)/m,
      (_, key: string, first: string) => `${key}${first === 'X' ? 'Y' : 'X'}`,
    );
    assert.notEqual(edited, text);
    writeFileSync(file, edited);
    utimesSync(file, second, second);
    assert.equal(statSync(file).mtimeMs, second.getTime());
    const run = await ingest(root);
    assert.equal(run.counts.kept, 1, 'the edited entry is read, found edited by hand and kept');
    assert.equal(readFileSync(file, 'utf8'), edited);
  });

  it('does not read a source whose stamp is recorded', async () => {
    const root = project();
    await ingest(root);
    const record = JSON.parse(readFileSync(recordFileFor(root), 'utf8'));
    // The recorded hash of one source made wrong: only reading its bytes could notice.
    const name = Object.keys(record.sources)[0]!;
    record.sources[name].sha256 = '0'.repeat(64);
    writeFileSync(recordFileFor(root), JSON.stringify(record));
    assert.deepEqual((await ingest(root)).prepared, []);
    utimesSync(join(root, 'content/sources', name), new Date(), new Date());
    assert.deepEqual((await ingest(root)).prepared, [name], 'touched, its bytes are read, hashed and found different');
  });

  it('does not prepare a refused source again, and reports its refusals as a full run does', async () => {
    const root = project();
    const undated = join(root, 'content/sources/undated.txt');
    writeFileSync(undated, 'Council approves budget\n\nThe council approved the budget after a long debate.\n');
    writeFileSync(join(root, 'content/sources/no-body.txt'), 'Council approves budget\n');
    const first = await ingest(root);
    assert.equal(first.counts.refused, 2);
    assert.equal(first.exitCode, 1);
    const again = await ingest(root);
    assert.deepEqual(again.prepared, []);
    assert.equal(again.report, await reportWithoutRecord(root));
    utimesSync(undated, new Date(), new Date());
    assert.deepEqual((await ingest(root)).prepared, [], 'touched, its bytes are read and found as recorded');
    appendFileSync(undated, 'The vote was seven to two.\n');
    assert.deepEqual((await ingest(root)).prepared, ['undated.txt'], 'changed, it is prepared again');
  });

  it('prepares an undated refused source again once an entry for it exists', async () => {
    const root = project();
    const undated = join(root, 'content/sources/undated.txt');
    writeFileSync(undated, 'Council approves budget\n\nThe council approved the budget after a long debate.\n');
    assert.equal((await ingest(root)).counts.refused, 1);
    const entry = readFileSync(join(root, 'content/articles', [...readArticles(root).keys()][0]!), 'utf8');
    // A copy of another entry, at the path of the undated source's entry: an editor's date there would date it.
    writeFileSync(join(root, 'content/articles/undated.md'), entry);
    assert.ok((await ingest(root)).prepared.includes('undated.txt'));
  });

  it('fingerprints every module of the project that the ingester loads', () => {
    const script = `
      import { registerHooks } from 'node:module';
      const loaded = new Set();
      registerHooks({ resolve: (specifier, context, next) => { const r = next(specifier, context); loaded.add(r.url); return r; } });
      await import(${JSON.stringify(pathToFileURL(join(REPO, 'src/ingest/run.ts')).href)});
      await import(${JSON.stringify(pathToFileURL(join(REPO, 'src/ingest/prepare-file.ts')).href)});
      console.log(JSON.stringify([...loaded]));`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    const src = pathToFileURL(join(REPO, 'src/')).href;
    const loaded = (JSON.parse(child.stdout) as string[])
      .filter((url) => url.startsWith(src))
      .map((url) => fileURLToPath(url));
    assert.ok(loaded.length > 50, `${loaded.length} modules`);
    const fingerprinted = new Set(ingesterModules());
    assert.deepEqual(
      loaded.filter((file) => !fingerprinted.has(file)),
      [],
    );
    assert.ok(fingerprinted.has(join(REPO, 'src/ingest/prepare-worker.ts')));
  });
});
