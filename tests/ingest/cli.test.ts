import assert from 'node:assert/strict';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { sealEntry } from '../../src/ingest/writing/entry-hash.ts';
import { ingest, makeProject, readArticles, removeProject, runCli } from './helpers.ts';

const NAMES = [
  '000_6fb0a694fac15da0',
  '001_17482f6af291a5f5',
  '002_d17c487081642dcc',
  '003_66fe005479aa5f39',
  '004_e900bb8a7e956693',
];
const projects: string[] = [];
const project = (options?: { overrides?: boolean }) => {
  const root = makeProject(options);
  projects.push(root);
  return root;
};
after(() => projects.forEach(removeProject));

describe('npm run ingest', () => {
  it("runs as scripts/ingest.ts: a process exiting with the command's status, the report on stdout, problems on stderr", () => {
    const root = project();
    const help = runCli(root, '--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^usage: npm run ingest/);
    const bad = runCli(root, '--max-size', 'lots');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^ingest: --max-size: "lots" is not a size/);
    const run = runCli(root);
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      /^5 files, 5 articles: 5 created, 0 updated, 0 unchanged, 0 kept, 0 duplicate, 0 refused$/m,
    );
  });

  it('creates the five entries, then on a second run reports them unchanged and touches no file', async () => {
    const root = project();
    const first = await ingest(root);
    assert.equal(first.status, 0, first.stderr);
    assert.match(
      first.stdout,
      /^5 files, 5 articles: 5 created, 0 updated, 0 unchanged, 0 kept, 0 duplicate, 0 refused$/m,
    );
    assert.match(first.stdout, /^formats: 5 text$/m);
    const before = readArticles(root);
    assert.deepEqual(
      [...before.keys()],
      NAMES.map((n) => `${n}.md`),
    );
    const mtimes = NAMES.map((n) => statSync(join(root, 'content/articles', `${n}.md`)).mtimeMs);

    const second = await ingest(root, '--verbose');
    assert.equal(second.status, 0, second.stderr);
    assert.equal(second.stdout.match(/: unchanged → content\/articles\//g)?.length, 5);
    assert.match(
      second.stdout,
      /5 files, 5 articles: 0 created, 0 updated, 5 unchanged, 0 kept, 0 duplicate, 0 refused/,
    );
    assert.deepEqual(readArticles(root), before);
    assert.deepEqual(
      NAMES.map((n) => statSync(join(root, 'content/articles', `${n}.md`)).mtimeMs),
      mtimes,
    );
  });

  it('keeps a hand-edited entry and overwrites it only with --force', async () => {
    const root = project();
    await ingest(root, 'content/sources/004_e900bb8a7e956693.txt');
    const file = join(root, 'content/articles/004_e900bb8a7e956693.md');
    const written = readFileSync(file, 'utf8');
    const edited = written.replace('songwriter tweeted.', 'songwriter tweeted. (Edited.)');
    writeFileSync(file, edited);

    const kept = await ingest(root, 'content/sources/004_e900bb8a7e956693.txt');
    assert.equal(kept.status, 0);
    assert.match(
      kept.stdout,
      /004_e900bb8a7e956693\.txt: kept → \S+ \(edited by hand; run with --force to overwrite the edit/,
    );
    assert.equal(readFileSync(file, 'utf8'), edited);

    const forced = await ingest(root, '--force', '--verbose', 'content/sources/004_e900bb8a7e956693.txt');
    assert.match(forced.stdout, /004_e900bb8a7e956693\.txt: updated/);
    assert.equal(readFileSync(file, 'utf8'), written);
  });

  it('keeps an entry the ingester would now write differently unless --force, and calls an unsealed change a hand edit', async () => {
    const root = project();
    const source = 'content/sources/000_6fb0a694fac15da0.txt';
    await ingest(root, source);
    const file = join(root, 'content/articles/000_6fb0a694fac15da0.md');
    const written = readFileSync(file, 'utf8');
    // What an older ingester might have written: other text, correctly sealed.
    const older = sealEntry(written.replace('the singer said', 'the singer says'));
    writeFileSync(file, older);
    assert.match(
      (await ingest(root, source)).stdout,
      /000_6fb0a694fac15da0\.txt: kept → \S+ \(the ingester would now write it differently; run with --force/,
    );
    assert.equal(readFileSync(file, 'utf8'), older);
    assert.match((await ingest(root, '--force', source)).stdout, /^1 file, 1 article: 0 created, 1 updated/m);
    assert.equal(readFileSync(file, 'utf8'), written);

    writeFileSync(file, written.replace('the singer said', 'the singer says'));
    assert.match((await ingest(root, source)).stdout, /000_6fb0a694fac15da0\.txt: kept → \S+ \(edited by hand/);
  });

  it('refuses 003 without its override, naming the file and showing the YAML to add, and still writes the others', async () => {
    const root = project({ overrides: false });
    const run = await ingest(root);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^refused, by field: 1 published/m);
    assert.match(run.stdout, /4 created, 0 updated, 0 unchanged, 0 kept, 0 duplicate, 1 refused/);
    assert.match(run.stderr, /^content\/sources\/003_66fe005479aa5f39\.txt: published: the source states no date/m);
    assert.match(run.stdout, /content\/overrides\.yaml, e\.g\.:\n003_66fe005479aa5f39\.txt:\n  date: "YYYY-MM-DD"/);
    assert.equal(readArticles(root).has('003_66fe005479aa5f39.md'), false);
    assert.equal(readArticles(root).size, 4);
  });

  it('refuses an empty file, an impossible date line and an undatable text, with exit code 1, while good files are written', async () => {
    const root = project();
    const dir = join(root, 'content/sources');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(
      join(dir, 'bad-date.txt'),
      ' date 2020-02-30 Something happened on a day that never was. It was odd.\n',
    );
    writeFileSync(
      join(dir, 'undated.txt'),
      'A Story Without a Date\n\nOn November 24 something happened to someone. Then more.\n',
    );
    const run = await ingest(root);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^content\/sources\/empty\.txt: \(file\): is empty/m);
    assert.match(
      run.stderr,
      /^content\/sources\/bad-date\.txt: published: the source's "date 2020-02-30" line gives "2020-02-30", which/m,
    );
    assert.match(run.stderr, /^content\/sources\/undated\.txt: published: the source states no date/m);
    assert.match(run.stdout, /5 created, 0 updated, 0 unchanged, 0 kept, 0 duplicate, 3 refused/);
    assert.equal(readArticles(root).size, 5);
  });

  it('refuses a file whose override has a bad key, naming overrides.yaml, file and field', async () => {
    const root = project();
    const overrides = join(root, 'content/overrides.yaml');
    const text = readFileSync(overrides, 'utf8');
    assert.match(text, /^004_e900bb8a7e956693\.txt:\n/m);
    writeFileSync(overrides, text.replace(/^004_e900bb8a7e956693\.txt:\n/m, '$&  headlin: "Typo"\n'));
    const run = await ingest(root);
    assert.equal(run.status, 1);
    assert.match(
      run.stderr,
      /^content\/overrides\.yaml: 004_e900bb8a7e956693\.txt\.headlin: is not a field of an override/m,
    );
    assert.match(run.stdout, /^refused, by field: 1 \(overrides\)/m);
    assert.equal(readArticles(root).size, 4);
  });

  it('archives a source given from outside content/sources/ and refuses a different file of the same name', async () => {
    const root = project();
    const outside = join(root, 'elsewhere');
    writeFileSync(`${outside}.txt`, ' date 2021-03-04 A short story that is long enough to be a lede. More.\n');
    const copied = await ingest(root, '--verbose', `${outside}.txt`);
    assert.equal(copied.status, 0, copied.stderr);
    assert.match(copied.stdout, /^elsewhere\.txt: created → content\/articles\/elsewhere\.md/m);
    assert.equal(
      readFileSync(join(root, 'content/sources/elsewhere.txt'), 'utf8'),
      readFileSync(`${outside}.txt`, 'utf8'),
    );
    assert.match(
      readFileSync(join(root, 'content/articles/elsewhere.md'), 'utf8'),
      /path: "content\/sources\/elsewhere\.txt"/,
    );

    writeFileSync(`${outside}.txt`, ' date 2021-03-04 A different story with the same file name. More.\n');
    const clash = await ingest(root, `${outside}.txt`);
    assert.equal(clash.status, 1);
    assert.match(
      clash.stderr,
      /^elsewhere\.txt: \(file\): a different file is already archived as content\/sources\/elsewhere\.txt/m,
    );
    rmSync(`${outside}.txt`);
  });

  it('refuses to overwrite an entry made from another source, even with --force', async () => {
    const root = project();
    await ingest(root, 'content/sources/004_e900bb8a7e956693.txt');
    const entry = readFileSync(join(root, 'content/articles/004_e900bb8a7e956693.md'), 'utf8');
    writeFileSync(
      join(root, 'content/sources/004_e900bb8a7e956693.md'),
      ' date 2021-01-01 Another story under the same stem. More.\n',
    );
    const run = await ingest(root, '--force', 'content/sources/004_e900bb8a7e956693.md');
    assert.equal(run.status, 1);
    assert.match(
      run.stderr,
      /content\/articles\/004_e900bb8a7e956693\.md is the entry of content\/sources\/004_e900bb8a7e956693\.txt and is never overwritten/,
    );
    assert.equal(readFileSync(join(root, 'content/articles/004_e900bb8a7e956693.md'), 'utf8'), entry);
  });

  it('gives a second story with the same day and headline a -2 slug and says so', async () => {
    const root = project();
    const dir = join(root, 'content/sources');
    const text = ' date 2020-10-01 Chrissy Teigen is opening up about her miscarriage. Another outlet.\n';
    writeFileSync(join(dir, 'zz-copy.txt'), text);
    const run = await ingest(root);
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      /zz-copy\.txt: created → content\/articles\/zz-copy\.md \(slug "chrissy-teigen-is-opening-up-about-her-miscarriage-2" because \/2020\/10\/01\/chrissy-teigen-is-opening-up-about-her-miscarriage\/ is already content\/articles\/002_d17c487081642dcc\.md/,
    );
  });
});
