/**
 * Astro's incremental build (experimental.incrementalBuild, keyed by
 * src/lib/cache-key.ts): a rebuild copies the pages whose data did not
 * change, and the site it gives is the one a build from scratch gives, file
 * for file. Each archive here is a folder of its own, so it has a build cache
 * of its own (see astro.config.ts); "from scratch" is a copy of the archive
 * in another folder, whose cache is empty.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { after, describe, test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import { stringify } from 'yaml';
import { contentCacheDir } from '../../src/entry/content-location.ts';
import { REPO_DIR } from '../support/entries.ts';
import { fixtureStories, writeFixtureArchive, type FixtureStory } from '../support/fixture-archive.ts';
import { FIXTURE_SHARD_STORIES } from '../support/fixture-site.ts';

const temporary: string[] = [];
/** Archives built here, whose build caches (a copy of their sites each) go too. */
const built = new Set<string>();
after(() => {
  for (const dir of [...temporary, ...[...built].map(cacheDirOf)]) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** The build cache of an archive folder, as astro.config.ts names it. */
function cacheDirOf(contentDir: string): string {
  return join(REPO_DIR, contentCacheDir(resolve(contentDir)));
}

interface Built {
  /** Output files (pages, endpoints) rendered in this build. */
  readonly rendered: string[];
  /** Output files copied from the last build's cache. */
  readonly copied: string[];
  /** The shards whose search index was reused, not written again. */
  readonly reusedShards: string[];
}

/** `npm run build [-- args]` of the archive into outDir, with the environment given; fails the test if the build fails. */
function build(contentDir: string, outDir: string, env: Record<string, string> = {}, args: string[] = []): Built {
  built.add(contentDir);
  const run = spawnSync(process.execPath, [join(REPO_DIR, 'scripts/build.ts'), '--outDir', outDir, ...args], {
    cwd: REPO_DIR,
    env: { ...process.env, CONTENT_DIR: contentDir, ...env },
    encoding: 'utf8',
  });
  const output = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
  assert.equal(run.status, 0, output);
  // Astro logs each file it writes as "├─ <file>", and " (restored)" or " (cached)" right
  // after it when it copied it. A rendered file's time comes once it is rendered, so with
  // several pages in flight (build.concurrency) other entries can come between: read
  // entries, not lines (the next entry's time of day may even follow a file's name).
  const entries = [...output.matchAll(/├─ (\/\S*?)(?=\s|\d\d:\d\d:\d\d|$)( \((?:restored|cached)\))?/g)];
  const reusedShards = [...output.matchAll(/in shard (\S+) \(reused/g)].map((match) => match[1]!);
  return {
    rendered: entries.filter((entry) => !entry[2]).map((entry) => entry[1]!),
    copied: entries.filter((entry) => entry[2]).map((entry) => entry[1]!),
    reusedShards,
  };
}

/** Every file under dir, by path, as its SHA-256. */
function tree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files
      .map((entry) => join(entry.parentPath, entry.name))
      .map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** The two sites are the same, file for file: pages, feeds, sitemap, raw sources, then the search index. */
function assertSameSite(incremental: string, scratch: string): void {
  const [a, b] = [tree(incremental), tree(scratch)];
  const isIndex = (file: string) => file.startsWith('pagefind/');
  for (const part of [(file: string) => !isIndex(file), isIndex]) {
    const files = (site: Map<string, string>) => [...site.keys()].filter(part);
    assert.deepEqual(files(a), files(b), 'the same files');
    const differ = files(a).filter((file) => a.get(file) !== b.get(file));
    assert.deepEqual(differ, [], 'files that differ between the incremental build and a build from scratch');
  }
}

/** A copy of the archive in a new folder: built, it has an empty cache. */
function copyArchive(contentDir: string): string {
  const copy = tempDir('news-archive-scratch-');
  cpSync(contentDir, copy, { recursive: true });
  return copy;
}

function writeStory(contentDir: string, story: FixtureStory): void {
  const front = stringify(story.data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  writeFileSync(join(contentDir, 'articles', story.file), `---\n${front}---\n\n${story.body}`);
  writeFileSync(
    join(contentDir, 'sources', story.file.replace(/\.md$/, '.txt')),
    `${story.data.headline}\n\n${story.body}`,
  );
}

/** A new story (story-added.md, with its own source) made from `base`, with the headline, slug and date given. */
function addedStory(base: FixtureStory, headline: string, slug: string, published: string): FixtureStory {
  const source = { ...base.data.source, path: 'content/sources/story-added.txt' };
  return { ...base, file: 'story-added.md', data: { ...base.data, headline, slug, published, source } };
}

/** Builds from scratch a copy of the archive as it now is, into a new folder, and compares the site in outDir with it. */
function assertSameAsFromScratch(contentDir: string, outDir: string, env: Record<string, string> = {}): void {
  const scratchOut = join(tempDir('news-archive-scratch-dist-'), 'dist');
  const scratch = build(copyArchive(contentDir), scratchOut, env);
  assert.deepEqual(scratch.copied, [], 'a build with an empty cache renders every page');
  assertSameSite(outDir, scratchOut);
}

describe('incremental build', { timeout: 600_000 }, () => {
  const stories = fixtureStories();
  const archive = writeFixtureArchive(stories);
  temporary.push(archive);
  const outDir = join(tempDir('news-archive-incremental-'), 'dist');
  let first: Built;

  test('a first build renders every page and records them in the cache', () => {
    first = build(archive, outDir);
    assert.deepEqual(first.copied, []);
    assert.ok(first.rendered.length > 100, `${first.rendered.length} pages rendered`);
    // src/integrations/incremental-cache.ts deletes this file after a build that did not finish.
    assert.ok(
      existsSync(join(cacheDirOf(archive), 'incremental-build.json')),
      'Astro keeps its manifest where expected',
    );
  });

  test('rebuilding an unchanged archive renders only the pages without a cache key', () => {
    const again = build(archive, outDir);
    assert.deepEqual(again.rendered.sort(), [
      '/404.html',
      '/archive/index.html',
      '/feed.json',
      '/robots.txt',
      '/rss.xml',
      '/search/index.html',
      '/search/shards.json',
      '/threads/index.html',
    ]);
    assert.equal(again.copied.length, first.rendered.length - again.rendered.length);
  });

  test('adding the newest story: the same site as a build from scratch, most pages copied', (t) => {
    writeStory(
      archive,
      addedStory(stories[1]!, 'Added story: flooding closes the river road', 'added-story', '2022-01-05'),
    );
    const rebuilt = build(archive, outDir);
    assert.ok(rebuilt.rendered.includes('/2022/01/05/added-story/index.html'), 'the new story is rendered');
    assert.ok(rebuilt.rendered.includes('/index.html'), 'the home page is rendered');
    // A story far from the new one, with other people and topics, is copied.
    assert.ok(rebuilt.copied.includes('/2019/01/01/story-001/index.html'), rebuilt.copied.join('\n'));
    // Numbered list pages hold the oldest stories, which the new one does not move.
    const numberedPages = rebuilt.copied.filter((file) => /\/page\/\d+\/index\.html$/.test(file));
    assert.ok(numberedPages.includes('/page/1/index.html'), 'the home page has a numbered page, copied');
    assert.deepEqual(
      rebuilt.rendered.filter((file) => /\/page\/\d+\/index\.html$/.test(file)),
      [],
      'no numbered list page is rendered again',
    );
    assert.ok(
      rebuilt.rendered.length < first.rendered.length / 2,
      `${rebuilt.rendered.length} of ${first.rendered.length} pages rendered again:\n${rebuilt.rendered.join('\n')}`,
    );
    t.diagnostic(`${rebuilt.rendered.length} of ${first.rendered.length} files rendered again`);
    assertSameAsFromScratch(archive, outDir);
  });

  test("editing a story's headline: its page, its neighbours, lists and terms show the new one", (t) => {
    const file = join(archive, 'articles', stories[20]!.file);
    const old = stories[20]!.data.headline;
    writeFileSync(file, readFileSync(file, 'utf8').replace(`headline: "${old}"`, 'headline: "A corrected headline"'));
    const rebuilt = build(archive, outDir);
    assert.ok(rebuilt.rendered.length < first.rendered.length / 2, `${rebuilt.rendered.length} pages rendered again`);
    const showing = [...tree(outDir).keys()].filter((f) =>
      readFileSync(join(outDir, f), 'utf8').includes('A corrected headline'),
    );
    // The story, its two neighbours, the home page, its date, topic, person and publication lists, feeds.
    assert.ok(showing.length >= 8, `the new headline is on ${showing.join(', ')}`);
    t.diagnostic(
      `${rebuilt.rendered.length} of ${first.rendered.length} files rendered again; the headline is in ${showing.length}`,
    );
    assertSameAsFromScratch(archive, outDir);
  });

  test('a build under another base path copies no page built for the root, and back', () => {
    const newsOut = join(tempDir('news-archive-base-'), 'dist');
    const underNews = build(archive, newsOut, { BASE_PATH: '/news/' });
    assert.deepEqual(underNews.copied, [], 'no page built for / is reused under /news/');
    assert.match(readFileSync(join(newsOut, 'index.html'), 'utf8'), /href="\/news\/topics\/"/);
    const siteOut = join(tempDir('news-archive-site-'), 'dist');
    const otherSite = build(archive, siteOut, { BASE_PATH: '/news/', SITE_URL: 'https://news.example.org' });
    assert.deepEqual(otherSite.copied, [], 'no page built for another SITE_URL is reused');
    const atRoot = build(archive, outDir);
    assert.deepEqual(atRoot.copied, [], 'no page built for /news/ is reused at the root');
    assertSameAsFromScratch(archive, outDir);
  });

  test('a build after one that did not finish renders every page', () => {
    writeFileSync(join(cacheDirOf(archive), 'incremental-build.unfinished'), '');
    const rebuilt = build(archive, outDir);
    assert.deepEqual(rebuilt.copied, []);
    assert.ok(!existsSync(join(cacheDirOf(archive), 'incremental-build.unfinished')));
    assert.ok(build(archive, outDir).copied.length > 0, 'and the build after that copies pages again');
  });

  test('a build killed part-way under another base path leaves no page of it for the next build to copy', async () => {
    build(archive, outDir);
    // Astro overwrites a page's copy in the cache as it renders it; killed, it never writes its manifest.
    const killedOut = join(tempDir('news-archive-killed-'), 'dist');
    const astro = spawn(
      process.execPath,
      [join(REPO_DIR, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', killedOut],
      {
        cwd: REPO_DIR,
        env: { ...process.env, CONTENT_DIR: archive, BASE_PATH: '/news/' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let rendered = 0;
    const exited = new Promise((done) => astro.on('exit', done));
    for await (const line of createInterface({ input: astro.stdout! })) {
      if (stripVTControlCharacters(line).includes('├─ ') && ++rendered === 100) astro.kill('SIGKILL');
    }
    await exited;
    assert.equal(rendered >= 100, true, 'the build was killed while rendering');
    const after = build(archive, outDir);
    assert.deepEqual(after.copied, [], 'nothing is copied after a build that did not finish');
    assertSameAsFromScratch(archive, outDir);
  });

  test('npm run build -- --force renders every page', () => {
    assert.deepEqual(build(archive, outDir, {}, ['--force']).copied, []);
    assert.ok(build(archive, outDir).copied.length > 0, 'and the build after that copies pages again');
  });
});

describe(
  'incremental build of the bundled archive (threads, shared quotes, people linked)',
  { timeout: 300_000 },
  () => {
    test("editing a quoted story's headline gives the same site as a build from scratch", () => {
      const archive = tempDir('news-archive-bundled-');
      cpSync(join(REPO_DIR, 'content'), archive, { recursive: true });
      const outDir = join(tempDir('news-archive-bundled-dist-'), 'dist');
      build(archive, outDir);
      const articles = readdirSync(join(archive, 'articles'), { recursive: true })
        .map(String)
        .filter((file) => file.endsWith('.md'));
      const file = join(archive, 'articles', articles[0]!);
      const text = readFileSync(file, 'utf8');
      const edited = text.replace(/^headline: "/m, 'headline: "Edited: ');
      assert.notEqual(edited, text);
      writeFileSync(file, edited);
      const rebuilt = build(archive, outDir);
      assert.ok(rebuilt.copied.length > 0, 'some pages are copied');
      assertSameAsFromScratch(archive, outDir);
    });
  },
);

describe('incremental build of an archive indexed in shards', { timeout: 300_000 }, () => {
  // Three shards: 2019, 2020 and 2021 (see tests/support/fixture-site.ts).
  const env = { SEARCH_SHARD_STORIES: String(FIXTURE_SHARD_STORIES) };

  test("adding a story re-indexes its year's shard, reuses a shard whose pages did not change, and gives the same site as a build from scratch", () => {
    const stories = fixtureStories();
    const archive = writeFixtureArchive(stories);
    temporary.push(archive);
    const outDir = join(tempDir('news-archive-shards-'), 'dist');
    assert.deepEqual(build(archive, outDir, env).reusedShards, [], 'a first build indexes every shard');
    assert.deepEqual(build(archive, outDir, env).reusedShards.sort(), ['2019', '2020', '2021'], 'nothing changed');
    writeStory(archive, addedStory(stories[0]!, 'Added story: the ferry runs again', 'ferry-runs-again', '2019-06-30'));
    // The 2019 shard has a new page. A story in another year may list it (related stories), and
    // its shard is then indexed again too; the site must equal a build from scratch either way.
    const rebuilt = build(archive, outDir, env);
    assert.ok(!rebuilt.reusedShards.includes('2019'), 'the shard with the new story is indexed again');
    assert.ok(rebuilt.reusedShards.includes('2021'), `shards reused: ${rebuilt.reusedShards.join(', ')}`);
    assertSameAsFromScratch(archive, outDir, env);
    assert.deepEqual(build(archive, outDir, env, ['--force']).reusedShards, [], '--force indexes every shard');
  });
});
