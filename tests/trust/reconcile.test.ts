import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parse } from 'yaml';
import { describeCounts, reconcile, type ReconcileInput } from '../../src/lib/reconcile.ts';
import { refusalRecordSchema } from '../../src/entry/refusal.ts';
import { emptyProject, removeProject, runCli } from '../ingest/helpers.ts';
import { runBuild } from './run-build.ts';

const entry = (name: string, part?: string) => ({
  file: `content/articles/${name}${part ? `--${part}` : ''}.md`,
  sourcePath: `content/sources/${name}.txt`,
  ...(part ? { sourcePart: part } : {}),
  path: `/2020/10/01/${name}${part ? `-${part}` : ''}/`,
});

/** Two sources, one with two articles, one refused: everything accounted for. */
const balanced = (): ReconcileInput => ({
  sources: ['content/sources/a.txt', 'content/sources/b.txt', 'content/sources/c.txt'],
  entries: [entry('a'), entry('b', '1'), entry('b', '2')],
  refusals: [{ file: 'content/refusals/c.txt.yaml', sourcePath: 'content/sources/c.txt' }],
  storyPages: ['/2020/10/01/a/', '/2020/10/01/b-1/', '/2020/10/01/b-2/'],
  searchRecords: ['/2020/10/01/b-2/', '/2020/10/01/a/', '/2020/10/01/b-1/'],
});

describe('reconciliation', () => {
  test('accepts an archive where every source has an entry or a refusal, and every entry one page and one record', () => {
    const result = reconcile(balanced());
    assert.deepEqual(result.problems, []);
    assert.equal(
      describeCounts(result),
      '3 sources (1 with a recorded refusal) → 3 entries → 3 story pages → 3 search records',
    );
  });

  test('lists a source with neither entry nor refusal', () => {
    const input = { ...balanced(), refusals: [] };
    assert.deepEqual(reconcile(input).problems, [
      'content/sources/c.txt: no entry and no recorded refusal; run `npm run ingest`',
    ]);
  });

  test('lists an entry whose source is missing, and two entries of one article', () => {
    const input = balanced();
    const result = reconcile({
      ...input,
      entries: [...input.entries, { ...entry('a'), file: 'content/articles/a-copy.md', path: '/x/' }, entry('gone')],
      storyPages: [...input.storyPages, '/x/', '/2020/10/01/gone/'],
      searchRecords: [...input.searchRecords, '/x/', '/2020/10/01/gone/'],
    });
    assert.deepEqual(result.problems, [
      'content/articles/a.md, content/articles/a-copy.md: source: 2 entries of content/sources/a.txt; keep one',
      'content/articles/gone.md: source.path: content/sources/gone.txt does not exist',
    ]);
  });

  test('lists an entry with no page or a second page, no search record or two, and pages or records no entry asked for', () => {
    const input = balanced();
    const result = reconcile({
      ...input,
      storyPages: ['/2020/10/01/a/', '/2020/10/01/b-1/', '/2020/10/01/b-1/', '/2020/10/01/stray/'],
      searchRecords: ['/2020/10/01/a/', '/2020/10/01/a/', '/2020/10/01/b-1/', '/search/'],
    });
    assert.deepEqual(result.problems, [
      'content/articles/a.md: 2 search records for /2020/10/01/a/ (expected 1)',
      'content/articles/b--1.md: 2 story pages at /2020/10/01/b-1/ (expected 1)',
      'content/articles/b--2.md: 0 story pages at /2020/10/01/b-2/ (expected 1)',
      'content/articles/b--2.md: 0 search records for /2020/10/01/b-2/ (expected 1)',
      '/2020/10/01/stray/: a story page that no entry asked for',
      '/search/: a search record for no entry',
    ]);
  });

  test('lists a refusal record whose source is gone', () => {
    const input = balanced();
    const result = reconcile({
      ...input,
      refusals: [...input.refusals, { file: 'content/refusals/d.txt.yaml', sourcePath: 'content/sources/d.txt' }],
    });
    assert.deepEqual(result.problems, [
      'content/refusals/d.txt.yaml: source.path: content/sources/d.txt does not exist; remove the record',
    ]);
  });
});

const GOOD = `Council approves the harbour budget
October 1, 2020
By Jane Doe

The city council approved the harbour budget on Thursday after a long debate about dredging and the old pier.

Members said the work would begin in the spring and last two years, paid for by the port's own reserves.
`;
const UNDATED = `Ferry timetable changes for the winter

The ferry will run every ninety minutes from November, the operator said, citing fewer passengers after the summer.

Passengers with season tickets will be offered a refund for the weeks affected by the change.
`;

describe('refusal records from ingest, reconciled by the build', { timeout: 240_000 }, () => {
  const root = emptyProject();
  after(() => removeProject(root));
  const sources = join(root, 'content/sources');
  const record = (name: string) => join(root, 'content/refusals', `${name}.yaml`);
  writeFileSync(join(sources, 'first.txt'), GOOD);
  writeFileSync(join(sources, 'second-copy.txt'), GOOD.replace(/\n\n/g, '\n\n\n'));
  writeFileSync(join(sources, 'undated.txt'), UNDATED);

  test('ingest records each source it made no entry for, with status, field and reason', () => {
    const run = runCli(root);
    assert.equal(run.status, 1, run.stderr);
    const undated = refusalRecordSchema.parse(parse(readFileSync(record('undated.txt'), 'utf8')));
    assert.equal(undated.source.path, 'content/sources/undated.txt');
    assert.deepEqual(
      undated.articles.map((a) => [a.status, a.field]),
      [['refused', 'published']],
    );
    const copy = refusalRecordSchema.parse(parse(readFileSync(record('second-copy.txt'), 'utf8')));
    assert.deepEqual(
      copy.articles.map((a) => [a.status, a.reason]),
      [['duplicate', 'the same text as content/articles/first.md; no entry made']],
    );
    assert.ok(!existsSync(record('first.txt')));
  });

  test('the build reconciles the sources, entries, pages and search records and prints the counts', () => {
    const outDir = join(root, 'dist');
    const run = runBuild(join(root, 'content'), outDir);
    assert.equal(run.status, 0, run.output);
    assert.match(
      run.output,
      /Reconciled: 3 sources \(2 with a recorded refusal\) → 1 entry → 1 story page → 1 search record\n/,
    );
    rmSync(outDir, { recursive: true });
  });

  test('a source that later gives an entry loses its record', () => {
    writeFileSync(join(sources, 'undated.txt'), UNDATED.replace('\n\n', '\nNovember 2, 2020\n\n'));
    const run = runCli(root);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(!existsSync(record('undated.txt')));
    assert.ok(existsSync(record('second-copy.txt')));
  });

  test('a record the schema rejects fails the build naming the record, the field and the reason', () => {
    mkdirSync(join(root, 'content/refusals'), { recursive: true });
    writeFileSync(record('first.txt'), 'source:\n  path: "content/sources/first.txt"\n  sha256: "abc"\narticles: []\n');
    const run = runBuild(join(root, 'content'), join(root, 'dist'));
    assert.notEqual(run.status, 0);
    assert.match(run.output, /content\/refusals\/first\.txt\.yaml: source\.sha256: must be 64 lowercase hex digits/);
    assert.match(run.output, /content\/refusals\/first\.txt\.yaml: articles: must list at least one article/);
  });
});
