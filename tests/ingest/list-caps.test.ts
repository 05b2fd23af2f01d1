import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { splitFrontMatter } from '../../src/entry/front-matter.ts';
import { MAX_LIST_ITEMS } from '../../src/entry/article.ts';
import { emptyProjects, ingest } from './helpers.ts';

const project = emptyProjects();

describe('one source cannot flood the site with topics or authors', () => {
  it('keeps the first topics and authors up to the cap, and the report says what was left out', async () => {
    const root = project();
    const json = {
      title: 'Storm hits the coast',
      date: '2020-11-01',
      author: Array.from(
        { length: 30 },
        (_, i) => `Jane Doe${String.fromCharCode(65 + (i % 26))}${i >= 26 ? 'x' : ''}`,
      ),
      keywords: Array.from({ length: 20_000 }, (_, i) => `tag ${i}`),
      body: 'The harbour master said the ferry would run again on Monday, after the storm.',
    };
    writeFileSync(join(root, 'content/sources/flood.json'), JSON.stringify(json));
    const started = Date.now();
    const run = await ingest(root, '--verbose');
    assert.equal(run.status, 0, run.stderr);
    assert.ok(Date.now() - started < 20_000, 'the run takes seconds, not minutes');
    const front = parse(splitFrontMatter(readFileSync(join(root, 'content/articles/flood.md'), 'utf8'))!.yaml);
    assert.equal(front.topics.length, MAX_LIST_ITEMS);
    assert.deepEqual(front.topics.slice(0, 2), ['tag 0', 'tag 1']);
    assert.equal(front.authors.length, MAX_LIST_ITEMS);
    assert.match(run.stdout, /topics: kept the first 20 of 20,000, left out 19,980/);
    assert.match(run.stdout, /authors: kept the first 20 of 30, left out 10/);
  });
});
