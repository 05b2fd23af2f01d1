/**
 * A build in parts on one machine builds again only the parts whose pages
 * changed (src/build/kept-parts.ts): the newest part always, since a new
 * story lands there and it renders every list's front page, and an older part
 * only when one of its pages, entries or the code changed; an unchanged part's
 * files are kept from the last site. Whatever was kept, the site is the same,
 * file for file, as a build of the archive from nothing.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { stringify } from 'yaml';
import { siteFiles } from '../../src/build/site-files.ts';
import { contentCacheDir } from '../../src/entry/content-location.ts';
import { buildSite, buildSiteWithLog } from '../support/build-site.ts';
import { REPO_DIR } from '../support/entries.ts';
import { fixtureStories, writeFixtureArchive, type FixtureStory } from '../support/fixture-archive.ts';

/** 2019 and 2020 (34 stories) in one shard, 2021 (11) in the other; 45 stories, built in parts above 40. */
const SHARD_STORIES = 34;
const NEWER = '2021';
const OLDER = '2019-2020';
const inParts = { searchShardStories: SHARD_STORIES, wholeBuildStories: 40, keepBuildCache: true } as const;

let contentDir = '';
let site = '';

/** Builds the archive in parts into the site built before; returns the build's log lines, times taken out. */
function buildAgain(): string[] {
  const { log } = buildSiteWithLog({ ...inParts, contentDir, outDir: site });
  return log.split('\n').map((line) => line.replace(/ in \d+\.\d s$/, ' in N s'));
}

/**
 * Fails unless the build that logged `lines` built the newest part, and
 * synced the older part or not (`synced`: its entries changed) and built it
 * or kept it (`built`).
 */
function assertOlderPart(lines: readonly string[], expected: { synced: boolean; built: boolean }): void {
  const log = `\n${lines.join('\n')}`;
  const older = `Part ${OLDER} (2 of 2)`;
  const synced = lines.includes(`${older}: synced in N s`);
  const notSynced = lines.includes(`${older}: entries unchanged since its last content sync, not synced again`);
  const built = lines.includes(`${older}: built in N s`);
  const kept = lines.includes(`${older}: unchanged since the last build, kept from the site`);
  assert.deepEqual(
    { synced, notSynced, built, kept },
    { synced: expected.synced, notSynced: !expected.synced, built: expected.built, kept: !expected.built },
    log,
  );
  assert.ok(lines.includes(`Part ${NEWER} (1 of 2): built in N s`), `the newest part is always built:${log}`);
}

/** Fails unless `site` is the same, file for file, as a build from nothing of a copy of the archive as it is now. */
function assertSameAsFromNothing(): void {
  const copy = mkdtempSync(join(tmpdir(), 'kept-parts-copy-'));
  cpSync(contentDir, copy, { recursive: true });
  const fresh = buildSite({ contentDir: copy, searchShardStories: SHARD_STORIES });
  try {
    const files = siteFiles(fresh).sort();
    assert.deepEqual(siteFiles(site).sort(), files);
    const differing = files.filter((file) => !readFileSync(join(site, file)).equals(readFileSync(join(fresh, file))));
    assert.deepEqual(differing, [], 'files that differ from a build from nothing');
  } finally {
    rmSync(fresh, { recursive: true, force: true });
    rmSync(copy, { recursive: true, force: true });
  }
}

function writeStory(story: FixtureStory): void {
  writeFileSync(
    join(contentDir, 'articles', story.file),
    `---\n${stringify(story.data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\n${story.body}`,
  );
  writeFileSync(
    join(contentDir, 'sources', story.file.replace(/\.md$/, '.txt')),
    `${story.data.headline}\n\n${story.body}`,
  );
}

describe('a build in parts builds again only the parts whose pages changed', { timeout: 900_000 }, () => {
  before(() => {
    contentDir = writeFixtureArchive(fixtureStories());
    site = buildSiteWithLog({ ...inParts, contentDir }).dist;
  });

  after(() => {
    rmSync(join(REPO_DIR, contentCacheDir(contentDir)), { recursive: true, force: true });
    for (const dir of [contentDir, site]) rmSync(dir, { recursive: true, force: true });
  });

  test('an unchanged archive: the older part is neither synced nor built but kept, and the site is as it was', () => {
    const before = new Map(siteFiles(site).map((file) => [file, readFileSync(join(site, file))]));
    assertOlderPart(buildAgain(), { synced: false, built: false });
    assert.deepEqual(siteFiles(site).sort(), [...before.keys()].sort());
    assert.deepEqual(
      [...before].filter(([file, bytes]) => !readFileSync(join(site, file)).equals(bytes)).map(([file]) => file),
      [],
    );
  });

  test("a new story in the newest year that no older page shows: the older part is neither synced nor built but kept, and the site is a build from nothing's", () => {
    const [model] = fixtureStories(1);
    writeStory({
      file: 'story-900.md',
      data: {
        ...model!.data,
        headline: 'Lighthouse keeper retires after forty winters',
        published: '2021-12-30',
        slug: 'lighthouse-keeper-retires',
        topics: ['Lighthouses'],
        people: [],
        source: { path: 'content/sources/story-900.txt', sha256: 'b'.repeat(64) },
      },
      body: 'The keeper of the northern lighthouse climbed its stairs one last time.\n',
    });
    assertOlderPart(buildAgain(), { synced: false, built: false });
    assertSameAsFromNothing();
  });

  test("an edited story of an older year: its part is synced and built again, and the site is a build from nothing's", () => {
    const story = fixtureStories().find((s) => s.data.published!.startsWith('2019'))!;
    writeStory({ ...story, body: `${story.body}\nA correction was added to this story.\n` });
    assertOlderPart(buildAgain(), { synced: true, built: true });
    assertSameAsFromNothing();
  });

  test("a removed story of an older year: its part is synced and built again, and the site is a build from nothing's", () => {
    const story = fixtureStories().filter((s) => s.data.published!.startsWith('2020'))[3]!;
    rmSync(join(contentDir, 'articles', story.file));
    rmSync(join(contentDir, 'sources', story.file.replace(/\.md$/, '.txt')));
    assertOlderPart(buildAgain(), { synced: true, built: true });
    assertSameAsFromNothing();
  });

  test('a site folder put in place of the one built (a copy, here) keeps no part: the older part is built, though not synced', () => {
    const copy = `${site}.copy`;
    cpSync(site, copy, { recursive: true });
    rmSync(site, { recursive: true });
    renameSync(copy, site);
    assertOlderPart(buildAgain(), { synced: false, built: true });
    assertSameAsFromNothing();
  });
});
