import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { articleSchema, MAX_LIST_ITEMS } from '../../src/entry/article.ts';
import { checkArticle } from '../../src/ingest/deciding/decide-entry.ts';
import { formatIssues } from '../../src/entry/format-issues.ts';
import { VALID_ENTRY } from '../support/valid-entry.ts';

const good = VALID_ENTRY;

/** The dotted field paths the schema reports for an input. */
function failingPaths(input: unknown): string[] {
  const result = articleSchema.safeParse(input);
  assert.equal(result.success, false, 'expected the entry to be rejected');
  return formatIssues('entry.md', result.error!)
    .split('\n')
    .map((line) => line.split(': ')[1]!);
}

describe('articleSchema', () => {
  test('accepts a minimal entry', () => {
    assert.equal(articleSchema.safeParse(good).success, true);
  });

  test('accepts a full entry with every optional field and its provenance', () => {
    const full = {
      ...good,
      dek: 'A dek',
      published: '2021',
      authors: ['Ingrid Mateos'],
      publication: 'The Paper',
      topics: ['Pregnancy loss'],
      people: ['Chrissy Teigen', 'John Legend'],
      provenance: {
        ...good.provenance,
        published: { method: 'inferred', evidence: '"back in 2020" called "last year"' },
        dek: { method: 'source' },
        authors: { method: 'source', evidence: 'By Ingrid Mateos' },
        publication: { method: 'editor', evidence: 'from the archivist' },
        topics: { method: 'editor', evidence: 'tagged' },
        people: { method: 'editor', evidence: 'tagged' },
      },
      ingest: { entrySha256: 'b'.repeat(64) },
    };
    assert.equal(articleSchema.safeParse(full).success, true);
  });

  test('rejects an empty headline at headline', () => {
    assert.deepEqual(failingPaths({ ...good, headline: '   ' }), ['headline']);
  });

  test('rejects an invalid date at published, with the reason', () => {
    const result = articleSchema.safeParse({ ...good, published: '2020-02-30' });
    assert.equal(result.success, false);
    assert.equal(
      formatIssues('entry.md', result.error!),
      'entry.md: published: "2020-02-30" is not a calendar date: 2020-02 has no day 30',
    );
  });

  test('rejects an unquoted YAML date, which would arrive as a Date object', () => {
    assert.deepEqual(failingPaths({ ...good, published: new Date('2020-10-01') }), ['published']);
  });

  test('rejects unknown keys by name, at any depth', () => {
    assert.deepEqual(failingPaths({ ...good, headlnie: 'typo' }), ['headlnie']);
    assert.deepEqual(failingPaths({ ...good, source: { ...good.source, url: 'x' } }), ['source.url']);
  });

  test('rejects a missing source hash at source.sha256', () => {
    assert.deepEqual(failingPaths({ ...good, source: { path: good.source.path } }), ['source.sha256']);
  });

  test('rejects a source.path that leaves content/sources/ or cannot be served as it is', () => {
    for (const path of [
      'content/sources/../../../../etc/passwd',
      'content/sources/a/../b.txt',
      'content/sources/./a.txt',
      'content/sources//a.txt',
      'content/sources/%2e%2e%2fencoded.txt',
      'content/sources/a%2Fb.txt',
      'content/sources/a\\b.txt',
      'content/sources/what?.txt',
      'content/sources/a#b.txt',
      'content/sources/line\nbreak.txt',
      'content/sources/bell\u0007.txt',
      `content/sources/${'x'.repeat(250)}.txt`,
      '/etc/passwd',
      'content/sources/',
    ]) {
      assert.deepEqual(failingPaths({ ...good, source: { ...good.source, path } }), ['source.path'], path);
    }
    const ok = { ...good, source: { ...good.source, path: 'content/sources/reuters/1987/a b, c (2).sgm' } };
    assert.equal(articleSchema.safeParse(ok).success, true);
  });

  test('rejects a control character XML forbids in a text field, as a hand edit could bring', () => {
    assert.deepEqual(failingPaths({ ...good, headline: 'Storm\u0001 hits' }), ['headline']);
    assert.deepEqual(failingPaths({ ...good, headline: 'Storm\ufffe hits' }), ['headline']);
    const topics = {
      ...good,
      topics: ['ok', 'ba\u000bd'],
      provenance: { ...good.provenance, topics: { method: 'source' } },
    };
    assert.deepEqual(failingPaths(topics), ['topics.1']);
  });

  test('rejects more than MAX_LIST_ITEMS topics, authors or people in a hand-written entry, saying so', () => {
    const many = Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => `Label ${i}`);
    for (const field of ['topics', 'authors', 'people'] as const) {
      const entry = {
        ...good,
        [field]: many,
        provenance: { ...good.provenance, [field]: { method: 'editor', evidence: 'x' } },
      };
      const result = articleSchema.safeParse(entry);
      assert.equal(result.success, false, field);
      assert.match(
        formatIssues('entry.md', result.error!),
        new RegExp(`^entry.md: ${field}: lists more than 20 values`),
      );
      assert.equal(articleSchema.safeParse({ ...entry, [field]: many.slice(1) }).success, true, field);
    }
  });

  test('takes a date that is a bound, with its provenance; refuses a bound without a date or without provenance', () => {
    const editor = { method: 'editor', evidence: 'No earlier than the event it reports.' } as const;
    const bounded = { ...good, publishedBound: 'earliest', provenance: { ...good.provenance, publishedBound: editor } };
    assert.equal(articleSchema.safeParse(bounded).success, true);
    assert.deepEqual(failingPaths({ ...bounded, publishedBound: 'soon' }), ['publishedBound']);
    assert.deepEqual(failingPaths({ ...good, publishedBound: 'earliest' }), ['provenance.publishedBound']);
    const { published: _date, ...undated } = bounded;
    const { published: _provenance, ...undatedProvenance } = bounded.provenance;
    assert.deepEqual(failingPaths({ ...undated, provenance: undatedProvenance }), ['publishedBound']);
  });

  test('rejects a slug that would name a date archive folder: digits only, or "page"', () => {
    for (const slug of ['03', '2021-03', 'page']) assert.deepEqual(failingPaths({ ...good, slug }), ['slug'], slug);
  });

  test('rejects a slug that is not lowercase words joined by hyphens', () => {
    assert.deepEqual(failingPaths({ ...good, slug: 'Not A Slug' }), ['slug']);
  });

  test('rejects an optional field set without saying where it came from', () => {
    assert.deepEqual(failingPaths({ ...good, dek: 'A dek' }), ['provenance.dek']);
  });

  test('rejects an inferred or editor value without its evidence', () => {
    const inferred = { ...good, provenance: { ...good.provenance, published: { method: 'inferred' } } };
    assert.deepEqual(failingPaths(inferred), ['provenance.published.evidence']);
  });

  test('rejects an unknown provenance method at the method field', () => {
    const made = { ...good, provenance: { ...good.provenance, headline: { method: 'guessed' } } };
    assert.deepEqual(failingPaths(made), ['provenance.headline.method']);
  });

  test('rejects the same person listed twice', () => {
    const twice = { ...good, people: ['A', 'A'], provenance: { ...good.provenance, people: { method: 'source' } } };
    assert.deepEqual(failingPaths(twice), ['people']);
  });
});

describe('checkArticle', () => {
  test('does not repeat the field before its own reason (the report prints "<file>: <field>: <reason>")', () => {
    const checked = checkArticle({ ...good, source: { ...good.source, path: 'content/sources/line\nbreak.txt' } });
    assert.ok('problem' in checked);
    assert.equal(checked.problem.field, 'source.path');
    assert.match(checked.problem.reason, /^the file name contains a control character \(U\+000A, a newline\)/);
  });
});
