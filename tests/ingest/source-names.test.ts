import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { emptyProjects, entriesUnder, ingest } from './helpers.ts';

const project = emptyProjects();

const story = (word: string) =>
  `${word} ferry runs again\n\nThe harbour master said the ${word.toLowerCase()} ferry would run again on Monday, after the storm.\n`;
const DATED = ['--date', '2020-11-01', '--reason', 'test'];

describe('source file names', () => {
  it('refuses, by name and reason, a name a web address cannot carry as it is, and ingests the rest', async () => {
    const root = project();
    const sources = join(root, 'content/sources');
    writeFileSync(join(sources, 'plain.txt'), story('Plain'));
    writeFileSync(join(sources, '%2e%2e%2fencoded.txt'), story('Encoded'));
    writeFileSync(join(sources, 'what?.txt'), story('Question'));
    writeFileSync(join(sources, 'a#b.txt'), story('Hash'));
    writeFileSync(join(sources, 'line\nbreak.txt'), story('Newline'));
    writeFileSync(join(sources, `${'x'.repeat(240)}.txt`), story('Long'));
    const run = await ingest(root, ...DATED);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(entriesUnder(root), ['plain.md']);
    assert.match(
      run.stderr,
      /^content\/sources\/%2e%2e%2fencoded\.txt: \(file\): the file name contains "%", which a web address reads as an escape/m,
    );
    assert.match(run.stderr, /^content\/sources\/what\?\.txt: \(file\): the file name contains "\?"/m);
    assert.match(run.stderr, /^content\/sources\/a#b\.txt: \(file\): the file name contains "#"/m);
    assert.match(
      run.stderr,
      /^content\/sources\/line\\nbreak\.txt: \(file\): the file name contains a control character \(U\+000A, a newline\)/m,
    );
    assert.match(
      run.stderr,
      /^content\/sources\/x{240}\.txt: \(file\): the name "x+…" is 244 bytes long, more than the 230/m,
    );
    assert.doesNotMatch(run.stderr, /ENAMETOOLONG|source\.path: source\.path/);
  });

  it('refuses such a name given from outside content/sources/, and leaves the file where it is', async () => {
    const root = project();
    mkdirSync(join(root, 'in'));
    writeFileSync(join(root, 'in/50%.txt'), story('Percent'));
    const run = await ingest(root, ...DATED, 'in/50%.txt');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^in\/50%\.txt: \(file\): the file name contains "%"/m);
    assert.deepEqual(readdirSync(join(root, 'content/sources')), []);
  });
});
