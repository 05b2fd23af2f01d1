/**
 * Words written for readers, in the bundled archive (dist/): the thread
 * page's headings speak of a thread, and "About this record" names other
 * stories by their headline, in full sentences.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { storyPath } from '../../src/entry/story-path.ts';
import { readEntries, type Entry } from '../support/entries.ts';
import { collapse } from '../support/markup.ts';
import { DIST_DIR } from '../support/static-server.ts';

const page = (path: string) => {
  const file = join(DIST_DIR, path, 'index.html');
  assert.ok(existsSync(file), `${path} was not built`);
  return fromHtml(readFileSync(file, 'utf8'));
};
const text = (node: Parameters<typeof toText>[0] | undefined) => (node ? collapse(toText(node)) : '');

describe('words for readers', () => {
  let entries: Entry[];

  before(async () => {
    assert.ok(existsSync(join(DIST_DIR, 'index.html')), 'dist/index.html is missing: run `npm run build` first');
    entries = await readEntries();
  });

  test('the thread page lists "People in this thread"', () => {
    const thread = String(select('.thread-index a', page('/threads/'))?.properties.href);
    const headings = selectAll('h2', page(thread)).map(text);
    assert.ok(headings.includes('People in this thread'), headings.join(' | '));
    assert.ok(!headings.some((heading) => /in this story/.test(heading)), headings.join(' | '));
  });

  test('"About this record" is full sentences, each ending in a full stop, on every story', () => {
    for (const entry of entries) {
      const record = select('.story-record', page(storyPath(entry.data)));
      const sentences = selectAll('li, p', record!).map(text);
      assert.ok(sentences.length >= 2, entry.file);
      for (const sentence of sentences) {
        assert.match(sentence, /^[A-Z].*[.!?]["”’)]*$/, `${entry.file}: "${sentence}"`);
      }
    }
  });

  test('"About this record" names another story by its headline, never by an internal number', () => {
    const referred = entries.find(
      (entry) => entry.data.headline === 'Chrissy Teigen is opening up about her miscarriage',
    );
    assert.ok(referred, 'the story the editors refer to');
    for (const entry of entries) {
      const record = text(select('.story-record', page(storyPath(entry.data))));
      assert.doesNotMatch(record, /\bsee \d+\b|\(\d{3}\b/i, entry.file);
    }
    const bounded = entries.find((entry) => /no earlier than/.test(entry.data.provenance.published?.evidence ?? ''));
    assert.ok(bounded, 'the story dated by the editors from the others');
    assert.match(
      text(select('.story-record', page(storyPath(bounded.data)))),
      /“Chrissy Teigen is opening up about her miscarriage”/,
    );
  });
});
