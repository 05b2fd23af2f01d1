import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { entryFiles, listFiles } from '../../src/files/list-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'list-files-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('entryFiles', () => {
  test('lists the *.md files in any folder, sorted, leaving out hidden files and folders and a folder named *.md', async () => {
    for (const folder of ['2021', '.drafts', 'notes.md']) mkdirSync(join(dir, folder), { recursive: true });
    for (const file of ['b.md', 'a.md', '2021/c.md', '.hidden.md', '.drafts/d.md', 'notes.txt', 'notes.md/e.txt'])
      writeFileSync(join(dir, file), '');
    assert.deepEqual(await entryFiles(dir), ['2021/c.md', 'a.md', 'b.md']);
    assert.deepEqual(await listFiles(dir), ['2021/c.md', 'a.md', 'b.md', 'notes.md/e.txt', 'notes.txt']);
  });

  test('finds none in a folder that does not exist', async () => {
    assert.deepEqual(await entryFiles(join(dir, 'missing')), []);
  });
});
