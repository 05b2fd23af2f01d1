import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { readThroughStatCache } from '../../src/build/stat-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'stat-cache-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Reads each file's length, recording which files it read. */
function lengths(cacheFile: string, names: readonly string[], kind = 'length-1') {
  const read: string[] = [];
  const values = readThroughStatCache(cacheFile, kind, dir, names, async (name) => {
    read.push(name);
    return readFileSync(join(dir, name), 'utf8').length;
  });
  return values.then((found) => ({ found, read }));
}

describe('readThroughStatCache', () => {
  test('reads every file once, then only a file that changed, and forgets a file no longer asked for', async () => {
    const cacheFile = join(dir, 'cache', 'lengths.json');
    writeFileSync(join(dir, 'a.md'), 'one');
    writeFileSync(join(dir, 'b.md'), 'three');
    assert.deepEqual(await lengths(cacheFile, ['a.md', 'b.md']), { found: [3, 5], read: ['a.md', 'b.md'] });
    assert.deepEqual(await lengths(cacheFile, ['a.md', 'b.md']), { found: [3, 5], read: [] });
    const before = readFileSync(cacheFile, 'utf8');
    await lengths(cacheFile, ['a.md', 'b.md']);
    assert.equal(readFileSync(cacheFile, 'utf8'), before, 'an unchanged archive leaves the cache as it was');
    writeFileSync(join(dir, 'b.md'), 'three, longer');
    assert.deepEqual(await lengths(cacheFile, ['a.md', 'b.md']), { found: [3, 13], read: ['b.md'] });
    assert.deepEqual(await lengths(cacheFile, ['b.md']), { found: [13], read: [] });
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(cacheFile, 'utf8')).files), ['b.md']);
  });

  test('a file rewritten with the same size is read again (its times change)', async () => {
    const cacheFile = join(dir, 'same-size.json');
    writeFileSync(join(dir, 'c.md'), 'abc');
    await lengths(cacheFile, ['c.md']);
    await new Promise((done) => setTimeout(done, 20));
    writeFileSync(join(dir, 'c.md'), 'xyz');
    assert.deepEqual((await lengths(cacheFile, ['c.md'])).read, ['c.md']);
  });

  test('a cache of another kind, or one that is not JSON, is not used', async () => {
    const cacheFile = join(dir, 'kinds.json');
    writeFileSync(join(dir, 'd.md'), 'four');
    await lengths(cacheFile, ['d.md']);
    assert.deepEqual((await lengths(cacheFile, ['d.md'], 'length-2')).read, ['d.md']);
    writeFileSync(cacheFile, '{ not json');
    assert.deepEqual(await lengths(cacheFile, ['d.md'], 'length-2'), { found: [4], read: ['d.md'] });
  });
});
