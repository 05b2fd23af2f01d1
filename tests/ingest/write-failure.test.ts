import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { emptyProjects, ingest } from './helpers.ts';

const project = emptyProjects();

const story = (word: string) =>
  `${word} ferry runs again\n\nThe harbour master said the ${word.toLowerCase()} ferry would run again on Monday, after the storm.\n`;

describe('a folder the ingester cannot write to', () => {
  it('stops the run with one message naming the folder and the system reason, and reports no entry it did not write', async () => {
    const root = project();
    writeFileSync(join(root, 'content/sources/a.txt'), story('North'));
    writeFileSync(join(root, 'content/sources/b.txt'), story('South'));
    mkdirSync(join(root, 'content/sources/sub'));
    writeFileSync(join(root, 'content/sources/sub/c.txt'), story('South'));
    // content/articles leads nowhere: every write under it fails, as on a read-only or unmounted disk.
    symlinkSync(join(root, 'nowhere/articles'), join(root, 'content/articles'));
    const run = await ingest(root, '--date', '2020-11-01', '--reason', 'test');
    assert.equal(run.status, 1);
    assert.equal(
      run.stderr.trim(),
      'content/articles: (folder): cannot be written to (mkdir: ENOENT: no such file or directory), so the run stopped at content/sources/a.txt: ' +
        '0 of 3 files were dealt with, this one and those after it were not ingested. ' +
        'Make content/articles a writable folder (or fix what it links to) and run the ingester again',
    );
    assert.doesNotMatch(run.stdout, /duplicate|created/);
  });
});
