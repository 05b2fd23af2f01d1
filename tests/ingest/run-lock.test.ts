import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { makeCorpus } from '../../scripts/bench/corpus.ts';
import { emptyProjects, entriesUnder, REPO, runCli } from './helpers.ts';

const project = emptyProjects();

function runAsync(root: string, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(REPO, 'scripts/ingest.ts'), ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const lockHolder = (pid: number) =>
  `${JSON.stringify({ pid, host: hostname(), started: '2020-01-01T00:00:00.000Z' })}\n`;

describe('one ingest at a time per project', () => {
  it('of two runs started at once over folders sharing their texts, one runs and the other is refused', async () => {
    const root = project();
    const files = makeCorpus({ text: 60, html: 0 }, 3);
    for (const folder of ['one', 'two']) {
      mkdirSync(join(root, folder));
      for (const file of files) writeFileSync(join(root, folder, file.name), file.text);
    }
    const runs = await Promise.all([runAsync(root, 'one'), runAsync(root, 'two')]);
    const statuses = runs.map((r) => r.status).sort();
    assert.deepEqual(statuses, [0, 3], runs.map((r) => r.stderr).join('\n'));
    const refused = runs.find((r) => r.status === 3)!;
    assert.match(
      refused.stderr,
      /content\/\.ingest\.lock: \(lock\): another ingest is running in this project \(pid \d+ on .+, started .+\); wait for it to finish and run again/,
    );
    assert.equal(entriesUnder(root).length, 60);
    assert.ok(!existsSync(join(root, 'content/.ingest.lock')), 'the lock is released');
  });

  it('refuses while a live process holds the lock, and takes over the lock of a dead one', () => {
    const root = project();
    writeFileSync(
      join(root, 'content/sources/a.txt'),
      'A ferry ran again.\n\nThe harbour master said the ferry ran again on Monday.\n',
    );
    mkdirSync(join(root, 'content'), { recursive: true });
    writeFileSync(join(root, 'content/.ingest.lock'), lockHolder(process.pid));
    const busy = runCli(root, '--date', '2020-01-01', '--reason', 'test');
    assert.equal(busy.status, 3);
    assert.match(busy.stderr, new RegExp(`another ingest is running in this project \\(pid ${process.pid} `));
    assert.deepEqual(entriesUnder(root), []);

    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(root, 'content/.ingest.lock'), lockHolder(dead));
    const run = runCli(root, '--date', '2020-01-01', '--reason', 'test');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, new RegExp(`took over the lock of an ingest that is no longer running \\(pid ${dead} `));
    assert.equal(entriesUnder(root).length, 1);
    assert.ok(!existsSync(join(root, 'content/.ingest.lock')));
  });

  describe('a run killed while taking the lock leaves nothing that holds up the next', () => {
    const story = (root: string) =>
      writeFileSync(
        join(root, 'content/sources/a.txt'),
        'A ferry ran again.\n\nThe harbour master said the ferry ran again on Monday.\n',
      );
    const lock = (root: string) => join(root, 'content/.ingest.lock');
    const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

    it('a takeover file whose maker is dead is stale at once', () => {
      const root = project();
      story(root);
      const [holder, taker] = [deadPid(), deadPid()];
      writeFileSync(lock(root), lockHolder(holder));
      writeFileSync(`${lock(root)}.takeover`, lockHolder(taker));
      const started = Date.now();
      const run = runCli(root, '--date', '2020-01-01', '--reason', 'test');
      assert.equal(run.status, 0, run.stderr);
      assert.ok(Date.now() - started < 10_000);
      assert.match(
        run.stderr,
        new RegExp(`took over the lock of an ingest that is no longer running \\(pid ${holder} `),
      );
      assert.equal(entriesUnder(root).length, 1);
      assert.deepEqual(
        readdirSync(join(root, 'content')).filter((f) => f.includes('.ingest.lock')),
        [],
      );
    });

    it("an empty lock a few seconds old is stale, and a dead run's unlinked lock file is removed", () => {
      const root = project();
      story(root);
      writeFileSync(lock(root), '');
      const old = new Date(Date.now() - 5_000);
      utimesSync(lock(root), old, old);
      writeFileSync(`${lock(root)}.${hostname()}.${deadPid()}.tmp`, lockHolder(1));
      const run = runCli(root, '--date', '2020-01-01', '--reason', 'test');
      assert.equal(run.status, 0, run.stderr);
      assert.match(
        run.stderr,
        /took over the lock of an ingest that is no longer running \(a run that never started\)/,
      );
      assert.equal(entriesUnder(root).length, 1);
      assert.deepEqual(
        readdirSync(join(root, 'content')).filter((f) => f.includes('.ingest.lock')),
        [],
      );
    });

    it('an empty lock just made is still taken as a run starting', () => {
      const root = project();
      story(root);
      writeFileSync(lock(root), '');
      // Made "now" however long the run takes to start on a busy machine.
      const soon = new Date(Date.now() + 60_000);
      utimesSync(lock(root), soon, soon);
      const run = runCli(root, '--date', '2020-01-01', '--reason', 'test');
      assert.equal(run.status, 3);
      assert.match(run.stderr, /another ingest is running in this project \(a run that is just starting\)/);
    });
  });
});
