import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { KeptParts, ownFiles } from '../../src/build/kept-parts.ts';
import { PageDigests, readPartDigests } from '../../src/build/part-digests.ts';
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
    assert.equal(keyChanged.get('a'), first.get('a'));
    assert.notEqual(keyChanged.get('b'), first.get('b'));
    const pageAdded = file([
      ['a', 'x', 'k1'],
      ['a', 'z', 'k4'],
      ['b', 'y', 'k3'],
    ]);
    assert.notEqual(pageAdded.get('a'), first.get('a'));
    assert.equal(pageAdded.get('b'), keyChanged.get('b'));
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

  test("a part's own files are whole folders where it can, without its sitemap or the pages every part renders", () => {
    assert.deepEqual(ownFiles(part(), newest()).sort(), ['2019', 'pagefind/2019', 'sources/a.txt']);
  });

  /** Records the older part as built into the site, and empties its folder, as the merge leaves it. */
  async function recordBuilt(digest: string): Promise<void> {
    const kept = new KeptParts(cache);
    kept.built(OLDER, digest, part(), newest());
    await kept.save(site);
    rmSync(part(), { recursive: true });
  }

  test('an unchanged part is linked from the site, with its sitemap and the shard plan', async () => {
    await recordBuilt('d1');
    assert.equal(new KeptParts(cache).keep(OLDER, 'd1', site, part(), newest()), 3);
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

  test('a changed digest or a site folder put in its place: the part is built', async () => {
    await recordBuilt('d1');
    assert.equal(new KeptParts(cache).keep(OLDER, 'd2', site, part(), newest()), undefined, 'another digest');
    assert.equal(new KeptParts(cache).keep(OLDER, undefined, site, part(), newest()), undefined, 'no digest');
    const copy = `${site}.copy`;
    cpSync(site, copy, { recursive: true });
    rmSync(site, { recursive: true });
    renameSync(copy, site);
    assert.equal(new KeptParts(cache).keep(OLDER, 'd1', site, part(), newest()), undefined, 'another site folder');
  });

  test('a file gone from the site: the part is built, and nothing half-linked is left', async () => {
    await recordBuilt('d1');
    rmSync(join(site, '2019/03/04/c/index.html'));
    assert.equal(new KeptParts(cache).keep(OLDER, 'd1', site, part(), newest()), undefined);
    assert.throws(() => statSync(part()), /ENOENT/);
  });

  test('no record (a first build, or one before this one failed): every part is built', () => {
    assert.equal(new KeptParts(cache).keep(OLDER, 'd1', site, part(), newest()), undefined);
  });
});
