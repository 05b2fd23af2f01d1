import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PagefindResult } from '../../src/scripts/pagefind-client.ts';
import { withWordReplaced } from '../../src/scripts/search-results.ts';
import { checkSearchWords, matchedStems, searchedWords } from '../../src/scripts/search-word-check.ts';

/** A result whose text is `content` and whose matches are the words at `locations`. */
const result = (id: string, content: string, locations: number[]): PagefindResult => ({
  id,
  data: async () => ({ url: `/${id}/`, excerpt: '', meta: {}, content, locations }),
});

const vocabulary = new Map([
  ['placenta', 4],
  ['placed', 1],
  ['pregnancy', 3],
]);

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
    const checked = await checkSearchWords('placenta', results, source.near);
    assert.deepEqual(checked, { results, unknown: [] });
    assert.deepEqual(source.asked, []);
  });

  test('a word searched as a stand-in that no story has: no results, and the nearest words offered', async () => {
    const source = vocabularySource();
    const results = [result('a', 'Oxygen was placed over my nose', [2])];
    const checked = await checkSearchWords('placenat', results, source.near);
    assert.deepEqual(checked, { results: [], unknown: [{ word: 'placenat', suggestions: ['placenta'] }] });
    assert.deepEqual(source.asked, [['placenat']]);
  });

  test('a search that finds nothing asks about each of its words, and names only those no story has', async () => {
    const source = vocabularySource();
    const checked = await checkSearchWords('pregnancy placenat', [], source.near);
    assert.deepEqual(checked.unknown, [{ word: 'placenat', suggestions: ['placenta'] }]);
    assert.deepEqual(source.asked, [['pregnancy', 'placenat']]);
  });

  test('a word some story has, searched as a stand-in in the shards read: only real matches are kept', async () => {
    const source = vocabularySource();
    const standIn = result('a', 'Oxygen was placed', [2]);
    const real = result('b', 'the placenta', [1]);
    const checked = await checkSearchWords('placenta', [standIn, real], source.near);
    assert.deepEqual(checked, { results: [real], unknown: [] });
  });

  test('without the vocabulary, the search stands as Pagefind answered it', async () => {
    const results = [result('a', 'Oxygen was placed', [2])];
    const checked = await checkSearchWords('placenat', results, async () => undefined);
    assert.deepEqual(checked, { results, unknown: [] });
  });

  test('a suggestion replaces just the word it is for, keeping the rest of the search as typed', () => {
    assert.equal(withWordReplaced('Pregnancy  Placenat', 'placenat', 'placenta'), 'Pregnancy  placenta');
    assert.equal(withWordReplaced('"the placenat" loss', 'placenat', 'placenta'), '"the placenta" loss');
  });
});
