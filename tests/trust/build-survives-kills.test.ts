/**
 * A build killed at any point around the swap of the new site for the old
 * one (src/build/publish-site.ts) leaves the next build a complete site
 * to start from, even when that next build fails: the output folder, or
 * what the killed build left beside it, is put back as a whole site before
 * anything is removed. The kills come from BUILD_KILL_AT (SIGKILL at a named
 * point of publishStaging) and from a SIGKILL at seeded pseudo-random
 * moments of the build itself (while Astro builds or Pagefind indexes):
 * 9 fault injections, each followed by a failing build.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { COMPLETE_MARKER } from '../../src/build/publish-site.ts';
import { siteFiles } from '../../src/build/site-files.ts';
import { fixtureStories, writeFixtureArchive } from '../support/fixture-archive.ts';
import { type BuildRun, runBuild } from './run-build.ts';

/** A seeded pseudo-random number in [0, 1) per call (mulberry32): the same moments on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every file of a site folder and a hash of its bytes, without the completeness marker: two equal fingerprints, the same site. */
function fingerprint(site: string): string {
  const hash = createHash('sha256');
  for (const file of siteFiles(site)
    .filter((path) => path !== COMPLETE_MARKER)
    .sort()) {
    hash.update(`\n${file}\n`).update(readFileSync(join(site, file)));
  }
  return hash.digest('hex');
}

describe('a build killed around the swap never loses the site', { timeout: 600_000 }, () => {
  const archive = writeFixtureArchive(fixtureStories(4));
  const parent = mkdtempSync(join(tmpdir(), 'news-archive-kills-'));
  const outDir = join(parent, 'dist');
  after(() => [archive, parent].forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const entry = join(archive, 'articles/story-001.md');
  const broken = join(archive, 'articles/story-002.md');
  const good = readFileSync(broken, 'utf8');
  const home = () => readFileSync(join(outDir, 'index.html'), 'utf8');
  const withHeadline = (headline: string) =>
    writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^headline: .*$/m, `headline: "${headline}"`));

  /** A build with story-002 broken: it must fail, and leave in `outDir` a site, returned as its fingerprint. */
  function failingBuild(): string {
    writeFileSync(broken, good.replace(/^published: .*$/m, 'published: "2020-13-45"'));
    const run = runBuild(archive, outDir);
    writeFileSync(broken, good);
    assert.notEqual(run.status, 0, 'the broken build fails');
    assert.match(run.output, /Build failed: .*dist still holds the last good build/, run.output);
    assert.deepEqual(readdirSync(parent), ['dist'], 'nothing is left beside the site');
    return fingerprint(outDir);
  }

  /** How long a build takes here to reach the swap (publish:start), to choose moments within it. */
  let buildMs = 0;

  test('a first good build', () => {
    withHeadline('Round 0 headline');
    const run = runBuild(archive, outDir);
    assert.equal(run.status, 0, run.output);
    assert.match(home(), /Round 0 headline/);
  });

  test('a kill between the renames, left as it was (dist.previous and a complete dist.staging, no dist): the next build, failing, puts the new site back', () => {
    const old = fingerprint(outDir);
    // What publishStaging leaves when killed between its renames: the old
    // site aside, the new one complete in staging. Here the new site is the
    // old one with a changed page.
    cpSync(outDir, `${outDir}.staging`, { recursive: true });
    writeFileSync(join(`${outDir}.staging`, 'index.html'), `${home()}<!-- the new site -->`);
    writeFileSync(join(`${outDir}.staging`, COMPLETE_MARKER), '');
    const fresh = fingerprint(`${outDir}.staging`);
    renameSync(outDir, `${outDir}.previous`);
    assert.notEqual(fresh, old);
    assert.equal(failingBuild(), fresh, 'the new site, whole');
    assert.ok(!existsSync(join(outDir, COMPLETE_MARKER)), 'without the marker');
  });

  test('an unfinished staging folder is never taken for a site: the old one comes back', () => {
    const old = fingerprint(outDir);
    cpSync(outDir, `${outDir}.staging`, { recursive: true });
    rmSync(join(`${outDir}.staging`, 'index.html'));
    renameSync(outDir, `${outDir}.previous`);
    assert.equal(failingBuild(), old, 'the old site, whole');
  });

  // Each point once, then once more between the renames: 6 kills. Until the
  // first rename, dist is whole and stays; from it on, the new site takes its place.
  const kills: { point: string; newSite: boolean }[] = [
    { point: 'publish:start', newSite: false },
    { point: 'publish:marked', newSite: false },
    { point: 'publish:between-renames', newSite: true },
    { point: 'publish:swapped', newSite: true },
    { point: 'publish:removed-previous', newSite: true },
    { point: 'publish:between-renames', newSite: true },
  ];
  // Then 3 kills at seeded moments of the build itself, between a fifth and
  // nine tenths of its way to the swap: Astro building or Pagefind indexing.
  const random = seeded(20240611);
  const moments = [random(), random(), random()].map((share) => 0.2 + 0.7 * share);
  const total = kills.length + moments.length;

  /** The sites a killed build left: the old one, and the new one once it is complete, each fingerprint → home page. */
  function sitesLeft(): Map<string, string> {
    const left = new Map<string, string>();
    for (const folder of [outDir, `${outDir}.previous`, `${outDir}.staging`]) {
      if (!existsSync(folder)) continue;
      if (folder.endsWith('.staging') && !existsSync(join(folder, COMPLETE_MARKER))) continue;
      left.set(fingerprint(folder), readFileSync(join(folder, 'index.html'), 'utf8'));
    }
    return left;
  }

  /** Kills a build with `kill`, then checks that the next build, failing, leaves a site the killed one left; returns its home page. */
  function killThenFail(round: number, kill: () => BuildRun): { before: string; after: string } {
    const before = home();
    withHeadline(`Round ${round} headline`);
    const killed = kill();
    assert.equal(killed.signal, 'SIGKILL', `the build is killed: ${killed.output}`);
    const left = sitesLeft();
    assert.ok(left.has(failingBuild()), 'the site is one the killed build left, whole');
    assert.ok(!existsSync(join(outDir, COMPLETE_MARKER)));
    return { before, after: home() };
  }

  for (const [index, { point, newSite }] of kills.entries()) {
    const round = index + 1;
    test(`killed at ${point} (kill ${round} of ${total}): the next build, failing, leaves a complete site`, () => {
      const { before, after } = killThenFail(round, () => {
        const started = Date.now();
        const killed = runBuild(archive, outDir, { BUILD_KILL_AT: point });
        if (point === 'publish:start') buildMs = Date.now() - started;
        return killed;
      });
      if (newSite) assert.match(after, new RegExp(`Round ${round} headline`), 'the newest complete site');
      else assert.equal(after, before, 'the old site');
    });
  }

  for (const [index, share] of moments.entries()) {
    const round = kills.length + index + 1;
    test(`killed ${Math.round(share * 100)}% into a build (kill ${round} of ${total}): the next build, failing, leaves a complete site`, () => {
      const { before, after } = killThenFail(round, () =>
        runBuild(archive, outDir, {}, { killAfterMs: Math.round(share * buildMs) }),
      );
      // Killed before the swap the old site stays; killed in it, the new one may have come.
      assert.ok(after === before || after.includes(`Round ${round} headline`), 'the old site or the new one');
    });
  }

  test('fixed, the next build replaces the site', () => {
    const run = runBuild(archive, outDir);
    assert.equal(run.status, 0, run.output);
    assert.match(home(), new RegExp(`Round ${total} headline`));
    assert.deepEqual(readdirSync(parent), ['dist']);
  });
});
