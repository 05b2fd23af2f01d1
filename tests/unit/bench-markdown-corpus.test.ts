/**
 * The ingest benchmark's Markdown sources (scripts/bench/markdown-corpus.ts)
 * are a newsroom export's: front matter the ingester reads field by field,
 * and 600–900-word bodies that name many people.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeMarkdownCorpus } from '../../scripts/bench/markdown-corpus.ts';
import { buildEntry } from '../../src/ingest/deciding/build-entry.ts';

const corpus = makeMarkdownCorpus(40);
const bodyOf = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

test('the same seed gives the same files, another seed others', () => {
  assert.deepEqual(makeMarkdownCorpus(40), corpus);
  assert.notDeepEqual(makeMarkdownCorpus(40, 8), corpus);
  assert.equal(new Set(corpus.map((file) => file.name)).size, 40);
  assert.ok(corpus.every((file) => file.name.endsWith('.md')));
});

test('every body is 600 to 900 words', () => {
  for (const { name, text } of corpus) {
    const words = bodyOf(text)
      .split(/\s+/)
      .filter((word) => /\w/.test(word)).length;
    assert.ok(words >= 600 && words <= 900, `${name}: ${words} words`);
  }
});

test('the ingester reads title, date, author, source and tags from the front matter, and finds people in the body', () => {
  for (const { name, text } of corpus.slice(0, 5)) {
    const built = buildEntry({ name, bytes: new TextEncoder().encode(text) });
    assert.ok(built.ok, name);
    const { provenance, people } = built.data;
    for (const [field, key] of [
      ['headline', 'title'],
      ['published', 'date'],
      ['authors', 'author'],
      ['publication', 'source'],
      ['topics', 'tags'],
    ] as const) {
      assert.equal(provenance[field]?.evidence, `the front matter's "${key}"`, `${name}: ${field}`);
    }
    assert.ok((people?.length ?? 0) >= 3, `${name}: ${people?.join(', ')}`);
  }
});

test('people are many across the corpus, most of them in few stories', () => {
  const names = corpus.flatMap(({ text }) => bodyOf(text).match(/\b[A-Z][a-z]+ [A-Z][a-z]+\b(?= said|,| and)/g) ?? []);
  const stories = new Map<string, number>();
  for (const { text } of corpus) {
    for (const person of new Set(bodyOf(text).match(/\b[A-Z][a-z]+ [A-Z][a-z]+\b(?= said|,| and)/g))) {
      stories.set(person, (stories.get(person) ?? 0) + 1);
    }
  }
  assert.ok(stories.size > 150, `${stories.size} people`);
  assert.ok(names.length / corpus.length > 15, `${names.length / corpus.length} mentions a story`);
  assert.ok([...stories.values()].filter((count) => count <= 2).length > stories.size / 2);
});
