/**
 * A build split across machines (docs/deploying.md, "beyond one machine"): each job
 * first writes its years into the catalogue (`astro sync` with SEARCH_SHARD
 * naming its shard), then runs the same build, holding only its years'
 * entries, rendering its part of the pages and indexing its shard; and
 * `npm run build:merge` joins the parts into one site with one search. Here
 * the made-up archive is split in two shards, built as two jobs would build
 * them (sharing one build cache folder, as jobs share the catalogue), merged,
 * compared with a build of the whole archive, and searched in Chromium.
 * `npm run build` of the archive above WHOLE_BUILD_STORIES runs the same
 * stages in turn, and must give the same site too.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { siteFiles } from '../../src/build/site-files.ts';
import { astroCacheDir, contentCacheDir } from '../../src/entry/content-location.ts';
import { SEARCH_SHARDS_FILE } from '../../src/lib/search-shards.ts';
import { storyPath } from '../../src/entry/story-path.ts';
import { useSite } from '../support/browser.ts';
import { buildSite, buildSiteWithLog } from '../support/build-site.ts';
import { REPO_DIR } from '../support/entries.ts';
import { fixtureStories, writeFixtureArchive } from '../support/fixture-archive.ts';
import { allResultPaths, searchPath } from '../support/fixture-search.ts';
import { collapse, markup } from '../support/markup.ts';
import { buildShardParts, mergeParts } from '../support/split-build.ts';

/** 2019 and 2020 (34 stories) in one shard, 2021 (11) in the other. */
const SHARD_STORIES = 34;
const NEWER = '2021';
const OLDER = '2019-2020';

/** A word in one story of the newer shard, whose older shard has "river" (a prefix Pagefind falls back to). */
const RARE_WORD = 'riverbank';
const rareStoryIndex = fixtureStories().findIndex((s) => s.data.published!.startsWith('2021'));
const standInIndex = 22; // a 2020 story, already with "river" in it
const stories = fixtureStories().map((story, i) => {
  // Where Pagefind's own ranking puts the stand-in first: the real match is once in a long story,
  // the stand-in several times in a short one.
  if (i === rareStoryIndex)
    return { ...story, body: `${story.body}\n${'A long account of the day. '.repeat(40)}The ${RARE_WORD} gave way.\n` };
  if (i === standInIndex) return { ...story, body: 'River. The river. River, river.\n' };
  return story;
});
let contentDir = '';
let work = '';
let newerPart = '';
let olderPart = '';
let merged = '';
let whole = '';
let inParts = '';
let inPartsLog = '';
/** Each job's content store (Astro's data-store.json), by shard. */
const jobStores = new Map<string, string>();

/** A site's files, sorted. */
const sortedFiles = (site: string) => siteFiles(site).sort();

before(() => {
  contentDir = writeFixtureArchive(stories);
  work = mkdtempSync(join(tmpdir(), 'split-build-'));
  [newerPart = '', olderPart = ''] = buildShardParts(contentDir, SHARD_STORIES, [NEWER, OLDER]);
  for (const shard of [NEWER, OLDER])
    jobStores.set(
      shard,
      readFileSync(join(REPO_DIR, astroCacheDir(contentDir, { SEARCH_SHARD: shard }), 'data-store.json'), 'utf8'),
    );
  // It removes the build cache folder, catalogue and jobs' folders included.
  whole = buildSite({ contentDir, searchShardStories: SHARD_STORIES });
  // `npm run build` of an archive above WHOLE_BUILD_STORIES: the same stages, in turn, on one machine.
  const builtInParts = buildSiteWithLog({ contentDir, searchShardStories: SHARD_STORIES, wholeBuildStories: 40 });
  inParts = builtInParts.dist;
  inPartsLog = builtInParts.log;
  merged = join(work, 'site');
  const joined = mergeParts(contentDir, merged, newerPart, olderPart);
  assert.equal(joined.status, 0, `build:merge failed:\n${joined.stdout}\n${joined.stderr}`);
  assert.match(joined.stdout, /Reconciled: 45 sources → 45 entries → 45 story pages → 45 search records/);
});

after(() => {
  for (const dir of [contentDir, work, newerPart, olderPart, whole, inParts])
    if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a build split into two shards', { timeout: 300_000 }, () => {
  test('each job indexes its own shard only, and every part lists the same two shards', () => {
    assert.deepEqual(readdirSync(join(newerPart, 'pagefind')).sort(), [NEWER, 'pagefind-highlight.js']);
    assert.deepEqual(readdirSync(join(olderPart, 'pagefind')).sort(), [OLDER, 'pagefind-highlight.js']);
    const plan = JSON.parse(readFileSync(join(merged, SEARCH_SHARDS_FILE), 'utf8')) as {
      id: string;
      stories: number;
    }[];
    assert.deepEqual(
      plan.map(({ id, stories }) => [id, stories]),
      [
        [NEWER, 11],
        [OLDER, 34],
      ],
    );
    assert.deepEqual(readdirSync(join(merged, 'pagefind')).sort(), [
      OLDER,
      NEWER,
      'pagefind-highlight.js',
      'vocabulary',
    ]);
  });

  test("the merged site's vocabulary adds up the shards' own", () => {
    const words = (...dirs: string[]) =>
      JSON.parse(readFileSync(join(...dirs, 'vocabulary', 'ri.json'), 'utf8')) as Record<string, number>;
    const [newer, older, archive] = [
      words(merged, 'pagefind', NEWER),
      words(merged, 'pagefind', OLDER),
      words(merged, 'pagefind'),
    ];
    assert.equal(archive[RARE_WORD], 1);
    assert.equal(older[RARE_WORD], undefined);
    assert.equal(archive['river'], (newer['river'] ?? 0) + older['river']!);
  });

  test("each job's content holds its own years' entries only", () => {
    for (const story of stories) {
      const id = `"${story.file.replace(/\.md$/, '')}"`;
      const year = story.data.published!.slice(0, 4);
      const holder = year === NEWER ? NEWER : OLDER;
      const other = holder === NEWER ? OLDER : NEWER;
      assert.ok(jobStores.get(holder)!.includes(id), `${id} in the store of ${holder}`);
      assert.ok(!jobStores.get(other)!.includes(id), `${id} not in the store of ${other}`);
    }
  });

  test("each job renders its own years' story pages, date archive and raw sources only, the newest job every list's front page, and both a share of the numbered pages", () => {
    const yearsOf = (part: string) =>
      readdirSync(part)
        .filter((name) => /^\d{4}$/.test(name))
        .sort();
    assert.deepEqual(yearsOf(newerPart), ['2021']);
    assert.deepEqual(yearsOf(olderPart), ['2019', '2020']);
    const pages = (site: string) => new Set(siteFiles(site).filter((file) => file.endsWith('index.html')));
    const [newer, older, all] = [pages(newerPart), pages(olderPart), pages(whole)];
    // Pages without getStaticPaths (search, archive, thread index) are in both.
    const both = [...newer].filter((file) => older.has(file)).sort();
    assert.deepEqual(both, ['archive/index.html', 'search/index.html', 'threads/index.html']);
    assert.equal(newer.size + older.size - both.length, all.size, 'between them, every page');
    const lists = (set: Set<string>) => [...set].filter((file) => !/^\d{4}\//.test(file) && !both.includes(file));
    const numbered = (files: string[]) => files.filter((file) => /(^|\/)page\/\d+\/index\.html$/.test(file));
    assert.ok(numbered(lists(newer)).length > 0 && numbered(lists(older)).length > 0, 'both render numbered pages');
    assert.deepEqual(
      lists(older).filter((file) => !numbered([file]).length),
      [],
      'the older job renders no front page of a list, term index, thread or topic feed',
    );
    assert.ok(
      newer.has('index.html') && newer.has('topics/index.html'),
      "the home page and the topics' index: the newest job's",
    );
    const sources = (site: string) => siteFiles(site, 'sources').length;
    assert.equal(sources(newerPart) + sources(olderPart), sources(whole), 'every raw source, once');
    for (const story of stories) {
      const source = `sources/${story.file.replace(/\.md$/, '.txt')}`;
      const own = story.data.published!.startsWith('2021') ? newerPart : olderPart;
      assert.ok(existsSync(join(own, source)), `${source} in the part of its story's year`);
    }
  });

  test("a story known only to its year or month is rendered by its year's job, at /YYYY/<slug>/ or /YYYY/MM/<slug>/", () => {
    const reduced = stories.filter((story) => /^\d{4}(?:-\d{2})?$/.test(story.data.published!));
    assert.deepEqual(
      reduced.map((story) => storyPath(story.data).split('/').length),
      [4, 5],
      'one known to the year, one to the month',
    );
    for (const story of reduced) {
      const file = `${storyPath(story.data).slice(1)}index.html`;
      assert.ok(existsSync(join(olderPart, file)), `${file} in the part of ${OLDER}`);
      assert.ok(!existsSync(join(newerPart, file)), `${file} not in the part of ${NEWER}`);
    }
  });

  test('the merged site is the same, file for file, as one build of the whole archive', () => {
    const files = sortedFiles(whole);
    assert.deepEqual(sortedFiles(merged), files);
    const differing = files.filter((file) => !readFileSync(join(merged, file)).equals(readFileSync(join(whole, file))));
    assert.deepEqual(differing, []);
  });

  test('npm run build of an archive above WHOLE_BUILD_STORIES builds it in parts (syncs at once, builds in turn) into the same site, linking the archive once', () => {
    const lines = inPartsLog.split('\n').map((line) => line.replace(/ in \d+\.\d s$/, ' in N s'));
    // The syncs run at once, each line of theirs behind its part's id, so they end in either order.
    const synced = lines.filter((line) => / synced in N s$/.test(line));
    assert.deepEqual(
      synced.toSorted(),
      [`Part ${NEWER} (1 of 2): synced in N s`, `Part ${OLDER} (2 of 2): synced in N s`].toSorted(),
    );
    for (const shard of [NEWER, OLDER])
      assert.ok(
        lines.some((line) => line.startsWith(`[${shard}] `) && line.includes('Synced content')),
        `part ${shard}'s astro sync output, labelled`,
      );
    const stages = lines.filter(
      (line) => /^(Building in|Part |Synced|Built every|Merged)/.test(line) && !synced.includes(line),
    );
    assert.deepEqual(stages, [
      `Building in 2 parts, one per search shard: ${NEWER}, ${OLDER}`,
      `Part ${NEWER} (1 of 2): content sync`,
      `Part ${OLDER} (2 of 2): content sync`,
      'Synced every part in N s',
      `Part ${NEWER} (1 of 2): build`,
      `Part ${NEWER} (1 of 2): built in N s`,
      `Part ${OLDER} (2 of 2): not kept from the site: no record of it in the site`,
      `Part ${OLDER} (2 of 2): build`,
      `Part ${OLDER} (2 of 2): built in N s`,
      'Built every part in N s',
      `Merged 2 parts into ${inParts}. Reconciled: 45 sources → 45 entries → 45 story pages → 45 search records`,
    ]);
    // Every part reads the links of the whole archive; the first works them out, the second reads them back.
    const linking = inPartsLog
      .split('\n')
      .filter((line) => /^(Linked|Read the links)/.test(line))
      .map((line) => line.replace(/ in \d+\.\d s$/, ' in N s'));
    assert.deepEqual(linking, [
      "Linked the archive's 45 stories (threads, shared quotes, related stories) in N s",
      "Read the links of the archive's 45 stories from the build cache",
    ]);
    const files = sortedFiles(whole);
    assert.deepEqual(sortedFiles(inParts), files);
    const differing = files.filter(
      (file) => !readFileSync(join(inParts, file)).equals(readFileSync(join(whole, file))),
    );
    assert.deepEqual(differing, []);
    assert.equal(existsSync(`${inParts}.parts`), false, "the parts' folder is removed");
  });

  const site = useSite(() => merged);

  test('one search on the merged site finds stories from both shards, in date order across them', async () => {
    await site.withPage(async (page) => {
      // "report" is in every headline.
      await page.goto(searchPath({ q: 'report', sort: 'newest' }));
      const newestFirst = await allResultPaths(page);
      assert.equal(newestFirst.length, stories.length);
      const years = newestFirst.map((path) => path.slice(1, 5));
      assert.ok(years.includes('2021') && years.includes('2019') && years.includes('2020'), years.join(' '));
      assert.deepEqual(years, [...years].sort().reverse(), 'newest first runs from the newer shard into the older');
    });
  });

  test("a word in one shard is found by relevance, and none of the other shard's stand-ins for it is listed or counted", async () => {
    await site.withPage(async (page) => {
      // The older shard lacks the word, and Pagefind searches it there as "river" instead.
      await page.goto(searchPath({ q: RARE_WORD, sort: 'relevance' }));
      const found = await allResultPaths(page);
      assert.deepEqual(found, [storyPath(stories[rareStoryIndex]!.data)]);
      assert.match(collapse(await page.locator(markup.searchStatus).innerText()), /^1 story matches/);
    });
  });

  test('a word only a shard not searched yet has: the shard searched shows none of its stand-ins for it', async () => {
    await site.withPage(async (page) => {
      // Oldest first reads the older shard first, which lacks the word and would search it as "river".
      await page.goto(searchPath({ q: RARE_WORD, sort: 'oldest' }));
      const status = page.locator(`${markup.searchStatus}:not([aria-busy="true"])`);
      await status.filter({ hasText: /match/ }).waitFor();
      assert.equal(
        collapse(await status.innerText()),
        `No stories match “${RARE_WORD}” in ${OLDER.replace('-', '–')}; later years are not searched yet.`,
      );
      assert.equal(await page.locator(markup.searchResults).count(), 0);
    });
  });

  test('a relevance search finds the words wherever they are, and filters count over both shards', async () => {
    await site.withPage(async (page) => {
      await page.goto(searchPath({ q: 'report', year: ['2019', '2021'], sort: 'relevance' }));
      const found = await allResultPaths(page);
      const expected = stories.filter((s) => /^(2019|2021)/.test(s.data.published!)).length;
      assert.equal(found.length, expected);
      assert.ok(found.some((p) => p.startsWith('/2019/')) && found.some((p) => p.startsWith('/2021/')));
    });
  });
});

describe("a job refuses to build without the other jobs' stories in the catalogue", { timeout: 120_000 }, () => {
  test('names the catalogue, how many stories it lacks, and what to run', () => {
    const fresh = writeFixtureArchive(stories);
    try {
      const built = spawnSync(process.execPath, [join(REPO_DIR, 'scripts/build.ts'), '--outDir', join(work, 'lone')], {
        cwd: REPO_DIR,
        env: { ...process.env, CONTENT_DIR: fresh, SEARCH_SHARD_STORIES: String(SHARD_STORIES), SEARCH_SHARD: NEWER },
        encoding: 'utf8',
      });
      assert.equal(built.status, 1);
      assert.match(built.stderr, /the catalogue does not match the archive outside shard 2021; 34 stories missing/);
      assert.match(built.stderr, /Run `SEARCH_SHARD=<id> npx astro sync` for every other shard first/);
      assert.equal(existsSync(join(work, 'lone')), false, 'nothing is written');
    } finally {
      rmSync(fresh, { recursive: true, force: true });
      rmSync(join(REPO_DIR, contentCacheDir(fresh)), { recursive: true, force: true });
    }
  });
});

describe('a build in parts refuses an entry it cannot plan', { timeout: 120_000 }, () => {
  test('names the file and the reason, exits 1, and leaves the site folder as it was', () => {
    const broken = writeFixtureArchive(stories);
    const site = join(work, 'kept');
    try {
      const file = join(broken, 'articles', stories[0]!.file);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^published: .*$/m, 'published: "someday"'));
      mkdirSync(site);
      writeFileSync(join(site, 'index.html'), 'the last good site');
      const built = spawnSync(process.execPath, [join(REPO_DIR, 'scripts/build.ts'), '--outDir', site], {
        cwd: REPO_DIR,
        env: {
          ...process.env,
          CONTENT_DIR: broken,
          SEARCH_SHARD_STORIES: String(SHARD_STORIES),
          WHOLE_BUILD_STORIES: '40',
        },
        encoding: 'utf8',
      });
      assert.equal(built.status, 1);
      assert.match(built.stderr, new RegExp(`^${file}: .*"someday" is not a date`, 'm'));
      assert.equal(readFileSync(join(site, 'index.html'), 'utf8'), 'the last good site');
      assert.equal(existsSync(`${site}.parts`), false);
    } finally {
      rmSync(broken, { recursive: true, force: true });
      rmSync(join(REPO_DIR, contentCacheDir(broken)), { recursive: true, force: true });
    }
  });
});

describe('merging refuses parts that do not make one site', { timeout: 120_000 }, () => {
  test('a shard in no part, naming the shard and how to build it', () => {
    const result = mergeParts(contentDir, join(work, 'missing'), newerPart);
    assert.equal(result.status, 1);
    assert.match(result.stderr, new RegExp(`shard ${OLDER}: in no part; build it with SEARCH_SHARD=${OLDER}`));
    assert.equal(existsSync(join(work, 'missing')), false, 'nothing is written');
  });

  test('a page two parts both have but not the same, naming the page and the parts', () => {
    const changed = join(work, 'changed');
    cpSync(olderPart, changed, { recursive: true });
    writeFileSync(join(changed, 'search/index.html'), '<!doctype html><title>another site</title>');
    const result = mergeParts(contentDir, join(work, 'changed-site'), newerPart, changed);
    assert.equal(result.status, 1);
    assert.match(result.stderr, new RegExp(`${changed}: search/index.html is not the same as in ${newerPart}`));
    assert.equal(existsSync(join(work, 'changed-site')), false, 'nothing is written');
  });

  test('a shard in two parts, and a part named twice', () => {
    const full = join(work, 'copy');
    cpSync(newerPart, full, { recursive: true });
    const twice = mergeParts(contentDir, join(work, 'twice'), newerPart, full, olderPart);
    assert.equal(twice.status, 1);
    assert.match(twice.stderr, new RegExp(`shard ${NEWER}: in ${newerPart} and ${full}; keep it in one part`));
    const repeated = mergeParts(contentDir, join(work, 'repeated'), newerPart, newerPart);
    assert.equal(repeated.status, 1);
    assert.match(repeated.stderr, /given twice/);
  });
});
