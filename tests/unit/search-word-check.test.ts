import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PagefindResult } from '../../src/browser/pagefind-client.ts';
import { withWordReplaced } from '../../src/browser/search-results.ts';
import { checkSearchWords, matchedStems, searchedWords } from '../../src/browser/search-word-check.ts';

/** A result whose text is `content` and whose matches are the words at `locations`. */
const result = (
  id: string,
  content: string,
  locations: number[],
  meta: Record<string, string> = {},
): PagefindResult => ({
  id,
  score: 1,
  data: async () => ({ url: `/${id}/`, excerpt: '', meta, content, locations }),
});

const vocabulary = new Map([
  ['placenta', 4],
  ['placed', 1],
  ['pregnancy', 3],
]);

/** A search of one shard. */
const oneShard = (results: PagefindResult[]) => ({ results, groups: [results] });

/** A vocabulary source that records the words it was asked about. */
function vocabularySource(words = vocabulary) {
  const asked: string[][] = [];
  const near = async (suspects: readonly string[]) => {
    asked.push([...suspects]);
    return words;
  };
  return { asked, near };
}

describe('the words a search is given', () => {
  test('are read as Pagefind reads them: folded, without punctuation, numbers and one-letter words not judged', () => {
    assert.deepEqual(searchedWords('"Placenta" café, 2020 a pregnancy-related'), [
      'placenta',
      'cafe',
      'pregnancyrelated',
    ]);
  });

  test("a result's matched words are its words at its locations, in each form Pagefind indexes", () => {
    const stems = matchedStems('Oxygen was placed over a pregnancy-related wound', [2, 5]);
    assert.deepEqual([...stems].sort(), ['place', 'pregnanc', 'pregnancyrel', 'relat']);
  });
});

describe('checking a search against its words', () => {
  test('a word the first result matches is found: the vocabulary is never asked', async () => {
    const source = vocabularySource();
    const results = [result('a', 'the placentas were fine', [1]), result('b', 'placenta', [0])];
    const checked = await checkSearchWords('placenta', oneShard(results), source.near);
    assert.deepEqual(checked, { results, unknown: [] });
    assert.deepEqual(source.asked, []);
  });

  test('a word searched as a stand-in that no story has: no results, and the nearest words offered', async () => {
    const source = vocabularySource();
    const results = [result('a', 'Oxygen was placed over my nose', [2])];
    const checked = await checkSearchWords('placenat', oneShard(results), source.near);
    assert.deepEqual(checked, { results: [], unknown: [{ word: 'placenat', suggestions: ['placenta'] }] });
    assert.deepEqual(source.asked, [['placenat']]);
  });

  test('a search that finds nothing asks about each of its words, and names only those no story has', async () => {
    const source = vocabularySource();
    const checked = await checkSearchWords('pregnancy placenat', oneShard([]), source.near);
    assert.deepEqual(checked.unknown, [{ word: 'placenat', suggestions: ['placenta'] }]);
    assert.deepEqual(source.asked, [['pregnancy', 'placenat']]);
  });

  test('a word some story has, searched as a stand-in in the shard read: none of its stand-ins is kept', async () => {
    const source = vocabularySource();
    const standIns = [result('a', 'Oxygen was placed', [2]), result('b', 'He placed it', [1])];
    const checked = await checkSearchWords('placenta', oneShard(standIns), source.near);
    assert.deepEqual(checked, { results: [], unknown: [] });
  });

  test("across shards, a shard's stand-ins are dropped even below real matches, reading one result a shard", async () => {
    const source = vocabularySource();
    const read: string[] = [];
    const counted = (id: string, content: string, locations: number[]): PagefindResult => {
      const plain = result(id, content, locations);
      return { ...plain, data: () => (read.push(id), plain.data()) };
    };
    const real = [counted('a', 'the placenta', [1]), counted('b', 'a placenta', [1])];
    const standIns = [counted('c', 'Oxygen was placed', [2]), counted('d', 'He placed it', [1])];
    const results = [real[0]!, real[1]!, standIns[0]!, standIns[1]!];
    const checked = await checkSearchWords('placenta', { results, groups: [real, standIns] }, source.near);
    assert.deepEqual(checked, { results: real, unknown: [] });
    assert.deepEqual(read.sort(), ['a', 'c']);
    assert.deepEqual(source.asked, [['placenta']]);
  });

  test("a word found only in a result's headline is a real match: the search keeps every result", async () => {
    const source = vocabularySource(new Map([['said', 5]]));
    // Newest first, the first result matched in its headline only: no location in its text.
    const results = [
      result('a', 'Legend spoke about the loss of their son', [], { title: "Legend Said He's Glad Teigen Spoke Out" }),
      result('b', 'Teigen said the loss was hard', [1]),
    ];
    const checked = await checkSearchWords('said', oneShard(results), source.near);
    assert.deepEqual(checked, { results, unknown: [] });
    assert.deepEqual(source.asked, []);
  });

  test('across shards that all have the word, the vocabulary is never asked', async () => {
    const source = vocabularySource();
    const groups = [[result('a', 'the placenta', [1])], [result('b', 'a placenta', [1])]];
    const checked = await checkSearchWords('placenta', { results: groups.flat(), groups }, source.near);
    assert.equal(checked.results.length, 2);
    assert.deepEqual(source.asked, []);
  });

  test('without the vocabulary, the search stands as Pagefind answered it', async () => {
    const results = [result('a', 'Oxygen was placed', [2])];
    const checked = await checkSearchWords('placenat', oneShard(results), async () => undefined);
    assert.deepEqual(checked, { results, unknown: [] });
  });

  test('a suggestion replaces just the word it is for, keeping the rest of the search as typed', () => {
    assert.equal(withWordReplaced('Pregnancy  Placenat', 'placenat', 'placenta'), 'Pregnancy  placenta');
    assert.equal(withWordReplaced('"the placenat" loss', 'placenat', 'placenta'), '"the placenta" loss');
  });
});
