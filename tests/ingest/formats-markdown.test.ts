import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readMarkdown } from '../../src/ingest/formats/markdown.ts';
import { bodyBlocks, readOnlyArticle } from './reader-helpers.ts';

const only = (text: string) => readOnlyArticle(readMarkdown, text);

const blocks = bodyBlocks;

describe('readMarkdown: front matter', () => {
  it('reads every field under the same names as JSON, saying which key held it', () => {
    const article = only(`---
headline: Storm hits coast
description: Thousands leave their homes
published_at: 2020-10-01 14:03
authors:
  - name: Jane Doe
  - Bob Smith
source: The Gazette
canonical_url: https://example.com/storm
tags: [storms, Florida]
layout: post
---

A storm hit the coast.
`);
    assert.deepEqual(article.headline, { value: 'Storm hits coast', evidence: `the front matter's "headline"` });
    assert.deepEqual(article.dek, {
      value: 'Thousands leave their homes',
      evidence: `the front matter's "description"`,
    });
    assert.deepEqual(article.date, {
      value: { ok: true, published: '2020-10-01', written: '2020-10-01 14:03' },
      evidence: `the front matter's "published_at"`,
    });
    assert.deepEqual(article.authors, { value: ['Jane Doe', 'Bob Smith'], evidence: `the front matter's "authors"` });
    assert.deepEqual(article.publication, { value: 'The Gazette', evidence: `the front matter's "source"` });
    assert.deepEqual(article.url, {
      value: 'https://example.com/storm',
      evidence: `the front matter's "canonical_url"`,
    });
    assert.deepEqual(article.topics, { value: ['storms', 'Florida'], evidence: `the front matter's "tags"` });
    assert.deepEqual(blocks(article.body), ['A storm hit the coast.']);
  });

  it('keeps every value the string it was written as (no YAML dates, numbers or booleans)', () => {
    const article = only('---\ntitle: 1984\ndate: 2020-10-01\nauthor: No\n---\nText.\n');
    assert.equal(article.headline?.value, '1984');
    assert.equal(article.date?.value.written, '2020-10-01');
    assert.deepEqual(article.authors?.value, ['No']);
  });

  it('refuses broken YAML, naming the line of the file and the reason', () => {
    const outcome = readMarkdown('---\ntitle: Storm\ntags: [storms,\ndate: 2020-10-01\n---\nText.\n');
    assert.ok(!outcome.ok);
    assert.equal(outcome.problem.field, 'front matter');
    assert.match(outcome.problem.reason, /^is not valid YAML at line 4, column 1: Flow sequence/);
  });

  it('refuses front matter that is a list rather than fields', () => {
    const outcome = readMarkdown('---\n- one\n- two\n---\nText.\n');
    assert.ok(!outcome.ok);
    assert.match(outcome.problem.reason, /is a list, not a set of "name: value" fields/);
  });

  it('reads Markdown without front matter', () => {
    const article = only('A storm hit the **coast**.\n\nMore.\n');
    assert.equal(article.headline, undefined);
    assert.deepEqual(blocks(article.body), ['A storm hit the coast.', 'More.']);
  });
});

describe('readMarkdown: the leading # heading', () => {
  it('is the headline when the front matter has none, and is not repeated in the body', () => {
    const article = only('---\nauthor: Jane Doe\n---\n\n# Storm hits coast\n\nA storm hit.\n');
    assert.deepEqual(article.headline, { value: 'Storm hits coast', evidence: "the Markdown's leading # heading" });
    assert.deepEqual(blocks(article.body), ['A storm hit.']);
  });

  it('is dropped, with a note, when it repeats the front matter title', () => {
    const article = only('---\ntitle: Storm hits coast\n---\n# Storm Hits Coast!\n\nA storm hit.\n');
    assert.equal(article.headline?.value, 'Storm hits coast');
    assert.deepEqual(blocks(article.body), ['A storm hit.']);
    assert.deepEqual(article.notes, [
      `dropped the leading # heading "Storm Hits Coast!": it repeats the front matter's "title"`,
    ]);
  });

  it('is kept, as a level-2 heading, when it differs from the front matter title', () => {
    const article = only('---\ntitle: Storm hits coast\n---\n# Day one\n\nA storm hit.\n');
    assert.deepEqual(article.body.children[0], {
      type: 'heading',
      depth: 2,
      children: [{ type: 'text', value: 'Day one' }],
    });
  });

  it('is only a heading the body opens with', () => {
    const article = only('A storm hit.\n\n# Later\n\nMore.\n');
    assert.equal(article.headline, undefined);
    assert.deepEqual(blocks(article.body), ['A storm hit.', 'Later', 'More.']);
  });
});

describe('readMarkdown: the body contract', () => {
  const article = only(`# Storm

A storm hit ![waves](waves.jpg) the coast, [the agency said](https://example.com/report).

<div class="ad">Buy now</div>

See [our map](javascript:alert(1)) and [the pier](/pier).

::: caption
Waves in 2019.
:::

| Town | Homes |
| ---- | ----- |
| Miami | 3000 |
`);

  it('drops images and keeps raw HTML as text, noting each', () => {
    assert.deepEqual(article.body.children[0], {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'A storm hit ' },
        { type: 'text', value: ' the coast, ' },
        { type: 'link', url: 'https://example.com/report', children: [{ type: 'text', value: 'the agency said' }] },
        { type: 'text', value: '.' },
      ],
    });
    assert.equal(blocks(article.body)[1], '<div class="ad">Buy now</div>');
    assert.ok(article.notes.includes('dropped image (1)'));
    assert.ok(article.notes.includes('raw HTML kept as text (1)'));
  });

  it('keeps the text of links that are not http(s), noting them', () => {
    assert.equal(blocks(article.body)[2], 'See our map and the pier.');
    assert.ok(article.body.children[2]?.type === 'paragraph');
    assert.ok(!JSON.stringify(article.body.children[2]).includes('"link"'));
    assert.ok(article.notes.includes('link that is not http(s) kept as its text (2)'));
  });

  it('reads ::: as text, not as a directive, and tables as a paragraph per row', () => {
    assert.equal(blocks(article.body)[3], '::: caption\nWaves in 2019.\n:::');
    assert.deepEqual(blocks(article.body).slice(4), ['Town | Homes', 'Miami | 3000']);
    assert.deepEqual(article.datingText, blocks(article.body));
  });

  it('keeps the space between two inline nodes', () => {
    assert.deepEqual(only('Body *a* *b* and **c** [d](https://example.com) e.').datingText, ['Body a b and c d e.']);
  });
});
