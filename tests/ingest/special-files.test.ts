import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readBounded } from '../../src/ingest/reading/read-bounded.ts';
import { emptyProjects, entriesUnder, REPO } from './helpers.ts';

const project = emptyProjects();

/** Like runCli, but killed after 20 s: what is tested here used to hang or fill the memory. */
function runCli(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(REPO, 'scripts/ingest.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 20_000,
  });
  assert.equal(result.signal, null, `the run was killed: it hung\n${result.stdout}\n${result.stderr}`);
  return result;
}

const story = (word: string) =>
  `${word} ferry runs again\n\nThe harbour master said the ${word.toLowerCase()} ferry would run again on Monday, after the storm.\n`;
const DATED = ['--date', '2020-11-01', '--reason', 'test'];

describe('symbolic links in an ingested folder', () => {
  it('follows a link to a file and to a folder, and refuses by name a loop, a folder read twice and a broken link', () => {
    const root = project();
    mkdirSync(join(root, 'elsewhere/more'), { recursive: true });
    writeFileSync(join(root, 'elsewhere/linked.txt'), story('Linked'));
    writeFileSync(join(root, 'elsewhere/more/deep.txt'), story('Deep'));
    mkdirSync(join(root, 'in/sub'), { recursive: true });
    writeFileSync(join(root, 'in/sub/own.txt'), story('Own'));
    symlinkSync(join(root, 'elsewhere/linked.txt'), join(root, 'in/file-link.txt'));
    symlinkSync(join(root, 'elsewhere/more'), join(root, 'in/folder-link'));
    symlinkSync('..', join(root, 'in/sub/loop'));
    symlinkSync(join(root, 'in/sub'), join(root, 'in/again'));
    symlinkSync(join(root, 'nowhere.txt'), join(root, 'in/broken.txt'));

    const run = runCli(root, '--verbose', ...DATED, 'in');
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(entriesUnder(root), ['in/file-link.md', 'in/folder-link/deep.md', 'in/sub/own.md']);
    assert.match(run.stderr, /^in\/sub\/loop: \(file\): is a symbolic link to \.\., a folder this run already reads/m);
    assert.match(run.stderr, /^in\/again: \(file\): is a symbolic link to .*in\/sub, a folder this run already reads/m);
    assert.match(run.stderr, /^in\/broken\.txt: \(file\): is a symbolic link to .*nowhere\.txt, which does not exist/m);
    assert.match(run.stdout, /6 files, 6 articles: 3 created, .* 3 refused/);
  });
});

describe('special files', () => {
  it('refuses a named pipe, given or in a folder, without waiting for a writer', () => {
    const root = project();
    mkdirSync(join(root, 'in'));
    writeFileSync(join(root, 'in/a.txt'), story('Piped'));
    execFileSync('mkfifo', [join(root, 'in/pipe.txt')]);
    const inFolder = runCli(root, ...DATED, 'in');
    assert.equal(inFolder.status, 1);
    assert.match(
      inFolder.stderr,
      /^in\/pipe\.txt: \(file\): is not a regular file \(a named pipe\); only regular files are read$/m,
    );
    assert.deepEqual(entriesUnder(root), ['in/a.md']);
    const given = runCli(root, ...DATED, 'in/pipe.txt');
    assert.equal(given.status, 1);
    assert.match(given.stderr, /^in\/pipe\.txt: \(file\): is not a regular file \(a named pipe\)/m);
  });

  it('refuses /dev/zero as a device rather than reading it', () => {
    const root = project();
    const run = runCli(root, ...DATED, '/dev/zero');
    assert.equal(run.status, 1);
    assert.match(
      run.stderr,
      /^\/dev\/zero: \(file\): is not a regular file \(a device\); only regular files are read$/m,
    );
  });

  it('reads at most the limit and one byte more, whatever the size it states', () => {
    const root = project();
    writeFileSync(join(root, 'big.txt'), 'x'.repeat(5000));
    assert.deepEqual(readBounded(join(root, 'big.txt'), 100), { ok: false, reason: 'over the limit', tooLarge: 101 });
    const read = readBounded(join(root, 'big.txt'), 5000);
    assert.ok(read.ok && read.bytes.length === 5000);
    assert.deepEqual(readBounded('/dev/zero', 100), {
      ok: false,
      reason: 'is not a regular file (a device); only regular files are read',
    });
  });
});
