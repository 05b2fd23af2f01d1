import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { placeFiles } from '../../src/build/place-files.ts';
import { siteFiles } from '../../src/build/site-files.ts';

const work = mkdtempSync(join(tmpdir(), 'place-files-'));
/** A folder on another file system than `work`'s (tmpfs, on these machines), where no rename reaches. */
const otherFileSystem =
  existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(work).dev
    ? mkdtempSync('/dev/shm/place-files-')
    : undefined;
after(() => {
  rmSync(work, { recursive: true, force: true });
  if (otherFileSystem) rmSync(otherFileSystem, { recursive: true, force: true });
});

function writeTree(root: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
/** A part: its own year's pages, a page every part has, a share of a shared folder, and what the merge leaves out. */
const part = (root: string) =>
  writeTree(root, {
    '2021/05/01/fire/index.html': 'fire',
    '2021/index.html': 'year',
    'index.html': 'home',
    'topics/health/index.html': 'health',
    'pagefind/2021/pagefind-entry.json': '{}',
    'sitemap-0.xml': '<urlset/>',
  });
/** What the site already holds from another part. */
const site = (root: string) =>
  writeTree(root, { 'index.html': 'home from the first part', 'topics/crime/index.html': 'crime' });
const keep = (path: string) => path !== 'pagefind' && path !== 'sitemap-0.xml';

describe('placeFiles', () => {
  test('copies what keep accepts, merges into a folder the target has, and leaves a file it has as it is', () => {
    const from = part(join(work, 'copy-from'));
    const to = site(join(work, 'copy-to'));
    placeFiles(from, to, { keep, move: false });
    assert.deepEqual(siteFiles(to).sort(), [
      '2021/05/01/fire/index.html',
      '2021/index.html',
      'index.html',
      'topics/crime/index.html',
      'topics/health/index.html',
    ]);
    assert.equal(read(to, 'index.html'), 'home from the first part');
    assert.equal(read(to, 'topics/health/index.html'), 'health');
    assert.equal(siteFiles(from).length, 6, 'the source keeps every file');
  });

  test('with move, renames a folder the target lacks whole, and leaves the source what it did not place', () => {
    const from = part(join(work, 'move-from'));
    const to = site(join(work, 'move-to'));
    const year = statSync(join(from, '2021')).ino;
    placeFiles(from, to, { keep, move: true });
    assert.equal(statSync(join(to, '2021')).ino, year, 'the same folder, renamed');
    assert.equal(read(to, '2021/05/01/fire/index.html'), 'fire');
    assert.equal(read(to, 'topics/health/index.html'), 'health');
    assert.equal(read(to, 'index.html'), 'home from the first part');
    assert.deepEqual(siteFiles(from).sort(), ['index.html', 'pagefind/2021/pagefind-entry.json', 'sitemap-0.xml']);
  });

  test('with move to another file system, copies, then removes what it placed', (t) => {
    if (!otherFileSystem) return t.skip('/dev/shm is not another file system here: no rename to fail');
    const from = part(join(work, 'across-from'));
    const to = site(join(otherFileSystem, 'site'));
    placeFiles(from, to, { keep, move: true });
    assert.equal(read(to, '2021/05/01/fire/index.html'), 'fire');
    assert.equal(read(to, 'topics/health/index.html'), 'health');
    assert.deepEqual(siteFiles(from).sort(), ['index.html', 'pagefind/2021/pagefind-entry.json', 'sitemap-0.xml']);
  });
});
