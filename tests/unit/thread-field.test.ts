import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { articleSchema } from '../../src/entry/article.ts';
import { formatIssues } from '../../src/entry/format-issues.ts';
import { VALID_ENTRY } from '../support/valid-entry.ts';

const entry = VALID_ENTRY;

describe("an entry's thread field (the editor's pin)", () => {
  test('is optional, and takes a thread id or false', () => {
    assert.equal(articleSchema.safeParse(entry).success, true);
    assert.equal(articleSchema.safeParse({ ...entry, thread: '2020-10-01-chrissy-teigen-loss' }).success, true);
    assert.equal(articleSchema.safeParse({ ...entry, thread: false }).success, true);
  });

  test('refuses anything else, naming the field and what it takes', () => {
    for (const thread of ['Teigen Loss', '', true, '/threads/x/']) {
      const result = articleSchema.safeParse({ ...entry, thread });
      assert.equal(result.success, false, JSON.stringify(thread));
      assert.match(formatIssues('entry.md', result.error!), /entry\.md: thread: must be a thread id .* or false/);
    }
  });
});
