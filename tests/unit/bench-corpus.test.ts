/**
 * The benchmark's generated archive (scripts/bench/archive-corpus.ts) uses
 * words as news prose does, so search and index figures measured on it
 * hold for a real archive: function words are common, content words follow
 * Zipf's law from a low start, and the vocabulary is large.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeArchiveCorpus } from '../../scripts/bench/archive-corpus.ts';
import { NEWS_WORDS } from '../../scripts/bench/vocabulary.ts';

const STORIES = 1500;
const corpus = makeArchiveCorpus(STORIES);
const termCount = new Map<string, number>();
const storyCount = new Map<string, number>();
let tokens = 0;
for (const { text } of corpus.sources) {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  tokens += words.length;
  for (const word of words) termCount.set(word, (termCount.get(word) ?? 0) + 1);
  for (const word of new Set(words)) storyCount.set(word, (storyCount.get(word) ?? 0) + 1);
}
const shareOfText = (word: string) => (termCount.get(word) ?? 0) / tokens;
const shareOfStories = (word: string) => (storyCount.get(word) ?? 0) / STORIES;

test('no content word is more than 0.3% of the text (the commonest nouns of news prose are about 0.1%)', () => {
  const commonest = NEWS_WORDS.toSorted((a, b) => shareOfText(b) - shareOfText(a))[0]!;
  assert.ok(shareOfText(commonest) < 0.003, `${commonest}: ${(100 * shareOfText(commonest)).toFixed(2)}%`);
  assert.ok(shareOfText('the') > 0.02, 'function words stay common');
});

test('the common search word is in most stories but not all, the rare one in exactly one, "said" in every one', () => {
  const { common, rare, everyStory } = corpus.searchWords;
  assert.ok(shareOfStories(common) > 0.4 && shareOfStories(common) < 0.95, `${common}: ${shareOfStories(common)}`);
  assert.equal(storyCount.get(rare), 1);
  assert.equal(shareOfStories(everyStory), 1);
});

test('content words get rarer with rank, and the vocabulary is large', () => {
  const first = NEWS_WORDS.slice(0, 20).reduce((sum, word) => sum + shareOfText(word), 0);
  const later = NEWS_WORDS.slice(200, 220).reduce((sum, word) => sum + shareOfText(word), 0);
  assert.ok(first > 2 * later, `first 20: ${first}, ranks 200–220: ${later}`);
  assert.ok(termCount.size > 10_000, `${termCount.size} distinct words`);
});
