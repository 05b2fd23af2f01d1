import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SyncedParts, syncFingerprints } from '../../src/build/synced-parts.ts';

const plan = [
  { id: '2021', firstYear: 2021, lastYear: 2021, stories: 1 },
  { id: '2019-2020', firstYear: 2019, lastYear: 2020, stories: 2 },
];

test("a part is synced again when one of its entry files or the code changed, or its catalogue files are gone; not when another part's did", async () => {
  const content = mkdtempSync(join(tmpdir(), 'synced-parts-'));
  const catalogue = join(content, 'catalogue');
  mkdirSync(join(content, 'articles'));
  mkdirSync(catalogue);
  const entries = [
    { file: 'content/articles/a.md', path: '/2021/01/01/a/' },
    { file: 'content/articles/b.md', path: '/2020/01/01/b/' },
    { file: 'content/articles/c.md', path: '/undated/c/' },
  ];
  for (const { file } of entries) writeFileSync(join(content, file.replace(/^content\//, '')), file);
  for (const shelf of ['2021', '2020', 'undated']) writeFileSync(join(catalogue, `${shelf}.json`), '[]');
  const cache = join(content, 'cache');

  const first = syncFingerprints(plan, entries, content, 'code 1');
  assert.deepEqual(
    [...first.get('2019-2020')!.shelves].sort(),
    ['2020.json', 'undated.json'],
    'undated: the oldest part',
  );
  const record = new SyncedParts(cache);
  assert.equal(record.isCurrent('2019-2020', first.get('2019-2020')!, catalogue), false, 'never synced');
  for (const [id, { fingerprint }] of first) record.synced(id, fingerprint);
  await record.save();

  const saved = new SyncedParts(cache);
  assert.ok(saved.isCurrent('2019-2020', first.get('2019-2020')!, catalogue), 'nothing changed');
  writeFileSync(join(content, 'articles/a.md'), 'a changed newer entry');
  const newerChanged = syncFingerprints(plan, entries, content, 'code 1');
  assert.ok(saved.isCurrent('2019-2020', newerChanged.get('2019-2020')!, catalogue), "another part's entry changed");
  assert.equal(saved.isCurrent('2021', newerChanged.get('2021')!, catalogue), false, 'its own entry changed');
  const undatedChanged =
    (writeFileSync(join(content, 'articles/c.md'), 'an edited undated entry'),
    syncFingerprints(plan, entries, content, 'code 1'));
  assert.equal(saved.isCurrent('2019-2020', undatedChanged.get('2019-2020')!, catalogue), false, 'its undated entry');
  const codeChanged = syncFingerprints(plan, entries, content, 'code 2');
  assert.equal(saved.isCurrent('2021', codeChanged.get('2021')!, catalogue), false, 'the code changed');

  rmSync(join(catalogue, '2021.json'));
  const again = new SyncedParts(cache);
  const now = syncFingerprints(plan, entries, content, 'code 1');
  again.synced('2021', now.get('2021')!.fingerprint);
  assert.equal(again.isCurrent('2021', now.get('2021')!, catalogue), false, 'its catalogue file is gone');
  rmSync(content, { recursive: true, force: true });
});
