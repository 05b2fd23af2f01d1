import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { DEFAULT_PUBLICATIONS } from '../../src/ingest/deciding/fields/publications.ts';
import { createPreparer } from '../../src/ingest/prepare-ahead.ts';
import { prepareFile, type PrepareSettings } from '../../src/ingest/prepare-file.ts';
import { fileStamp } from '../../src/ingest/writing/file-stamp.ts';

const folder = mkdtempSync(join(tmpdir(), 'prepare-ahead-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const settings: PrepareSettings = {
  overrides: new Map(),
  publications: DEFAULT_PUBLICATIONS,
  people: { deny: ['Tom Reyes'] },
  maxFileSize: 1024 * 1024,
};
const sources = {
  'story.md': `---\ntitle: Night buses return\ndate: 2021-03-04\nauthor: Ann Lee\n---\n\n# Night buses return\n\nThe council voted, said Rosa Delgado, and *Tom Reyes* agreed.\n\n| route | hours |\n| - | - |\n| 7 | 24 |\n\nRosa Delgado will speak again.\n`,
  'story.txt': `Night buses return\n\nMarch 4, 2021\n\nBy Ann Lee\n\nThe council voted, said Rosa Delgado.\n\nRosa Delgado will speak again on Friday.\n`,
};

it('a file prepared on the worker is the file prepared in this thread, bodies and all', async () => {
  // 500 files or more: the preparer starts its worker.
  const preparer = createPreparer(settings, 500);
  try {
    for (const [name, text] of Object.entries(sources)) {
      const file = join(folder, name);
      writeFileSync(file, text);
      const source = { file, name, shown: name, size: statSync(file).size, stamp: fileStamp(statSync(file)) };
      const [ahead, inline] = [await preparer.prepare(source), await prepareFile(source, settings)];
      assert.ok(ahead.ok && inline.ok, name);
      assert.deepEqual(Buffer.from(ahead.bytes), Buffer.from(inline.bytes), name);
      assert.deepEqual({ ...ahead, bytes: undefined }, { ...inline, bytes: undefined }, name);
      const [article] = ahead.articles;
      assert.ok(article?.ok && article.body.children.length >= 2, name);
    }
  } finally {
    await preparer.close();
  }
});
