/**
 * A build stopped by a signal stops whole: the `astro build` it started
 * ends with it (passed the signal on, or, when the build is killed outright,
 * noticing it is gone), nothing more is written, and the last good site is
 * untouched.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, describe, test } from 'node:test';
import { contentCacheDir } from '../../src/entry/content-location.ts';
import { siteFiles } from '../../src/build/site-files.ts';
import { REPO_DIR } from '../support/entries.ts';
import { fixtureStories, writeFixtureArchive } from '../support/fixture-archive.ts';
import { runBuild } from './run-build.ts';

function fingerprint(site: string): string {
  const hash = createHash('sha256');
  for (const file of siteFiles(site).sort()) hash.update(`\n${file}\n`).update(readFileSync(join(site, file)));
  return hash.digest('hex');
}

/** The pids of the running processes whose command line holds `text`. */
function processesWith(text: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Whether `pid` is still running (a zombie, ended but not yet reaped, is not). */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  for (const start = Date.now(); Date.now() - start < ms; await sleep(50)) if (check()) return true;
  return check();
}

describe('a build stopped by a signal stops its astro build too', { timeout: 300_000 }, () => {
  const archive = writeFixtureArchive(fixtureStories(4));
  const parent = mkdtempSync(join(tmpdir(), 'news-archive-signals-'));
  const outDir = join(parent, 'dist');
  after(() => {
    [archive, parent].forEach((dir) => rmSync(dir, { recursive: true, force: true }));
    rmSync(join(REPO_DIR, contentCacheDir(resolve(REPO_DIR, archive))), { recursive: true, force: true });
  });

  test('a first good build', () => {
    const run = runBuild(archive, outDir);
    assert.equal(run.status, 0, run.output);
  });

  for (const signal of ['SIGTERM', 'SIGINT', 'SIGKILL'] as const) {
    test(`${signal} to the build mid-way: no astro process of it is left, and dist is unchanged`, async () => {
      const before = fingerprint(outDir);
      const build = spawn(process.execPath, [join(REPO_DIR, 'scripts/build.ts'), '--outDir', outDir], {
        cwd: REPO_DIR,
        env: { ...process.env, CONTENT_DIR: archive },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      build.stdout.on('data', (chunk) => (output += chunk));
      build.stderr.on('data', (chunk) => (output += chunk));
      const ended = new Promise<NodeJS.Signals | null>((resolve) => build.on('exit', (_, got) => resolve(got)));
      // Its astro build, once it has started on the content.
      let astro: number[] = [];
      const started = await until(() => {
        astro = processesWith(`${outDir}.staging`);
        return astro.length > 0 && output.includes('Syncing content');
      }, 60_000);
      assert.ok(started, `the astro build starts: ${output}`);
      build.kill(signal);
      assert.equal(await ended, signal, 'the build ends by the signal');
      const gone = await until(() => astro.every((pid) => !isRunning(pid)), 1_000);
      assert.ok(gone, `no astro process of the build is left: ${astro.filter(isRunning).join(', ')}`);
      assert.deepEqual(processesWith(`${outDir}.staging`), [], 'nor anything else it started');
      await sleep(1_000);
      assert.equal(fingerprint(outDir), before, 'dist is unchanged');
      if (signal !== 'SIGKILL') assert.deepEqual(readdirSync(parent), ['dist'], 'the unfinished site is removed');
    });
  }

  test('the next build clears what the killed one left and builds', () => {
    const run = runBuild(archive, outDir);
    assert.equal(run.status, 0, run.output);
    assert.deepEqual(readdirSync(parent), ['dist']);
  });
});
