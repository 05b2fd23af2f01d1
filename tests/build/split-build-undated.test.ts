/**
 * Undated stories in a build split across jobs (docs/deploying.md, "beyond one
 * machine"): every job holds them (they have no year to share out by), the
 * job of the oldest shard renders their pages and indexes them, and the
 * merged site is the same, file for file, as one build of the whole archive.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { siteFiles } from '../../src/build/site-files.ts';
import { readSearchRecords } from '../../src/build/reconcile-inputs.ts';
import { buildSite } from '../support/build-site.ts';
import { fixtureStories, UNDATED_FIXTURE_STORIES, writeFixtureArchive } from '../support/fixture-archive.ts';
import { buildShardParts, mergeParts } from '../support/split-build.ts';

/** 2019 and 2020 in one shard, 2021 in the other (as in split-build.test.ts). */
const SHARD_STORIES = 34;
const NEWER = '2021';
const OLDER = '2019-2020';
const stories = [...fixtureStories(), ...UNDATED_FIXTURE_STORIES];
const UNDATED_PAGES = ['undated/lighthouse-almanac/index.html', 'undated/zeppelin-sighting/index.html'];

let contentDir = '';
let work = '';
let newerPart = '';
let olderPart = '';
let merged = '';
let whole = '';
let mergeLog = '';

before(() => {
  contentDir = writeFixtureArchive(stories);
  work = mkdtempSync(join(tmpdir(), 'split-build-undated-'));
  [newerPart = '', olderPart = ''] = buildShardParts(contentDir, SHARD_STORIES, [NEWER, OLDER]);
  whole = buildSite({ contentDir, searchShardStories: SHARD_STORIES });
  merged = join(work, 'site');
  const joined = mergeParts(contentDir, merged, newerPart, olderPart);
  assert.equal(joined.status, 0, `build:merge failed:\n${joined.stdout}\n${joined.stderr}`);
  mergeLog = joined.stdout;
});

after(() => {
  for (const dir of [contentDir, work, newerPart, olderPart, whole])
    if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('undated stories in a build split into two shards', { timeout: 300_000 }, () => {
  test("the oldest shard's job renders and indexes them; the other job neither", async () => {
    for (const page of UNDATED_PAGES) {
      assert.ok(existsSync(join(olderPart, page)), `${page} in the ${OLDER} part`);
      assert.ok(!existsSync(join(newerPart, page)), `${page} not in the ${NEWER} part`);
    }
    const older = await readSearchRecords(olderPart, '/');
    const newer = await readSearchRecords(newerPart, '/');
    assert.ok(older.includes('/undated/zeppelin-sighting/') && older.includes('/undated/lighthouse-almanac/'));
    assert.ok(!newer.some((path) => path.startsWith('/undated/')));
  });

  test('the merged site reconciles every story, and is the same, file for file, as one build of the whole archive', () => {
    const n = stories.length;
    assert.match(
      mergeLog,
      new RegExp(`Reconciled: ${n} sources → ${n} entries → ${n} story pages → ${n} search records`),
    );
    const files = siteFiles(whole).sort();
    assert.ok(UNDATED_PAGES.every((page) => files.includes(page)));
    assert.deepEqual(siteFiles(merged).sort(), files);
    const differing = files.filter((file) => !readFileSync(join(merged, file)).equals(readFileSync(join(whole, file))));
    assert.deepEqual(differing, []);
    assert.deepEqual(readdirSync(join(merged, 'pagefind')).sort(), [
      OLDER,
      NEWER,
      'pagefind-highlight.js',
      'vocabulary',
    ]);
  });
});
