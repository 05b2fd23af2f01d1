import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { KeptParts, ownFiles } from '../../src/build/kept-parts.ts';
import { PageDigests, readPartDigests, type PartDigest } from '../../src/build/part-digests.ts';
import { siteFiles } from '../../src/build/site-files.ts';

const OLDER = { id: '2019', firstYear: 2019, lastYear: 2019, stories: 1 };

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('page digests by part', () => {
  test("a part's digest changes with its pages' params and keys, and with no other part's", () => {
    const folder = mkdtempSync(join(tmpdir(), 'page-digests-'));
    const file = (pages: [string, string, string][]) => {
      const digests = new PageDigests(['a', 'b']);
      for (const [part, slug, key] of pages) digests.add(part, { slug }, key);
      digests.write(folder, 'story-day');
      return readPartDigests(folder);
    };
    const first = file([
      ['a', 'x', 'k1'],
      ['b', 'y', 'k2'],
    ]);
    const keyChanged = file([
      ['a', 'x', 'k1'],
      ['b', 'y', 'k3'],
    ]);
    assert.deepEqual(keyChanged.get('a'), first.get('a'));
    assert.notDeepEqual(keyChanged.get('b'), first.get('b'));
    assert.deepEqual(Object.keys(first.get('a')!), ['story-day'], 'by route');
    const pageAdded = file([
      ['a', 'x', 'k1'],
      ['a', 'z', 'k4'],
      ['b', 'y', 'k3'],
    ]);
    assert.notDeepEqual(pageAdded.get('a'), first.get('a'));
    assert.deepEqual(pageAdded.get('b'), keyChanged.get('b'));
    assert.ok(file([]).has('a'), 'a part with no page of the route has a digest too');
    assert.throws(() => new PageDigests(['a']).add('c', {}, 'k'), /c is not one of the parts/);
    assert.throws(() => new PageDigests(['a']).write(folder, '../x'), /not a route name/);
    rmSync(folder, { recursive: true, force: true });
  });
});

describe('parts kept from the last site', () => {
  let work = '';
  let site = '';
  let cache = '';
  const newest = () => join(work, 'parts/2021');
  const part = () => join(work, 'parts/2019');

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'kept-parts-'));
    cache = join(work, 'cache');
    // The newest part renders the pages every part renders; the older its year, its shard and its sitemap.
    writeTree(newest(), {
      'index.html': 'home',
      'search/shards.json': '[]',
      'sitemap-0.xml': 'newest',
      'pagefind/2021/pagefind-entry.json': '{}',
      'sources/b.txt': 'b',
    });
    writeTree(part(), {
      'index.html': 'home',
      'search/shards.json': '[]',
      '2019/01/02/a/index.html': 'story a',
      'pagefind/2019/pagefind-entry.json': '{}',
      '2019/03/04/c/index.html': 'story c',
      'sources/a.txt': 'a',
      'sitemap-0.xml': 'older',
      'sitemap-index.xml': 'index',
    });
    // The site the parts went into.
    site = join(work, 'site');
    cpSync(newest(), site, { recursive: true });
    cpSync(part(), site, { recursive: true, force: false });
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  test("a part's own files are whole folders where no other part has the folder, without its sitemap or the pages every part renders", () => {
    assert.deepEqual(ownFiles(part(), [newest()]).sort(), ['2019', 'pagefind/2019', 'sources/a.txt']);
    // A list's numbered pages, spread over the parts: each part owns its pages, not their folder.
    writeTree(part(), {
      'topics/x/page/1/index.html': '1',
      'topics/x/page/3/index.html': '3',
      'topics/y/page/1/index.html': 'y1',
    });
    const third = join(work, 'parts/2020');
    writeTree(third, { 'topics/x/page/2/index.html': '2' });
    assert.deepEqual(ownFiles(part(), [newest(), third]).sort(), [
      '2019',
      'pagefind/2019',
      'sources/a.txt',
      'topics/x/page/1',
      'topics/x/page/3',
      'topics/y',
    ]);
  });

  const digest = (change: Partial<PartDigest> = {}): PartDigest => ({
    code: 'c1',
    entries: 'e1',
    pages: { 'story-day': 'p1', term: 't1' },
    ...change,
  });

  /** Records the older part as built into the site, and empties its folder, as the merge leaves it. */
  async function recordBuilt(digest: PartDigest): Promise<void> {
    const kept = new KeptParts(cache);
    kept.built(OLDER, digest, part(), [newest()]);
    await kept.save(site);
    rmSync(part(), { recursive: true });
  }

  test('an unchanged part is linked from the site, with its sitemap and the shard plan', async () => {
    await recordBuilt(digest());
    assert.deepEqual(new KeptParts(cache).keep(OLDER, digest(), site, part(), newest()), { kept: 3 });
    assert.deepEqual(siteFiles(part()).sort(), [
      '2019/01/02/a/index.html',
      '2019/03/04/c/index.html',
      'pagefind/2019/pagefind-entry.json',
      'search/shards.json',
      'sitemap-0.xml',
      'sitemap-index.xml',
      'sources/a.txt',
    ]);
    assert.equal(readFileSync(join(part(), 'sitemap-0.xml'), 'utf8'), 'older');
    const linked = join(part(), '2019/01/02/a/index.html');
    assert.equal(statSync(linked).ino, statSync(join(site, '2019/01/02/a/index.html')).ino, 'a hard link, not a copy');
  });

  test('changed code, entries or pages, or a site folder put in its place: the part is built, and the log says why', async () => {
    await recordBuilt(digest());
    const keep = (now: PartDigest | undefined) => new KeptParts(cache).keep(OLDER, now, site, part(), newest());
    assert.deepEqual(keep(digest({ code: 'c2' })), { built: 'the code or the settings changed' });
    assert.deepEqual(keep(digest({ entries: 'e2' })), { built: 'its entries changed' });
    assert.deepEqual(keep(digest({ pages: { 'story-day': 'p2', term: 't1' } })), {
      built: 'its pages changed (story-day)',
    });
    assert.deepEqual(keep(digest({ pages: { term: 't2', thread: 'h1' } })), {
      built: 'its pages changed (story-day, term, thread)',
    });
    assert.deepEqual(keep(undefined), { built: 'the newest part filed no digest of its pages' });
    const copy = `${site}.copy`;
    cpSync(site, copy, { recursive: true });
    rmSync(site, { recursive: true });
    renameSync(copy, site);
    assert.deepEqual(keep(digest()), { built: 'the site is not the one it went into' });
  });

  test('a file gone from the site: the part is built, and nothing half-linked is left', async () => {
    await recordBuilt(digest());
    rmSync(join(site, '2019/03/04/c/index.html'));
    assert.deepEqual(new KeptParts(cache).keep(OLDER, digest(), site, part(), newest()), {
      built: 'its files in the site are not the ones it left there',
    });
    assert.throws(() => statSync(part()), /ENOENT/);
  });

  test('no record (a first build, or one before this one failed): every part is built', () => {
    assert.deepEqual(new KeptParts(cache).keep(OLDER, digest(), site, part(), newest()), {
      built: 'no record of it in the site',
    });
  });
});
