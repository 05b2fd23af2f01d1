import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bucketOf, bucketsNear, countWords, splitIntoBuckets } from '../../src/lib/search-vocabulary.ts';
import { indexedWordsOf } from '../../src/lib/search-words.ts';

describe('the vocabulary a shard is built with', () => {
  test('counts each word once per story that has it, folded as the index folds it', () => {
    const counts = countWords(['The placenta, the Placenta.', 'A placenta at the café', 'The end']);
    assert.equal(counts.get('placenta'), 2);
    assert.equal(counts.get('the'), 3);
    assert.equal(counts.get('cafe'), 1);
    assert.equal(counts.has('café'), false);
  });

  test('leaves out numbers and one-letter words, which are never offered', () => {
    const counts = countWords(['In 2020 a 34-year-old wrote']);
    assert.deepEqual([...counts.keys()].sort(), ['34yearold', 'in', 'old', 'wrote', 'year']);
  });

  test('holds a hyphenated word whole and in parts, as Pagefind indexes it', () => {
    assert.deepEqual(indexedWordsOf('pregnancy-related “loss”'), ['pregnancyrelated', 'pregnancy', 'related', 'loss']);
  });

  test('files each word under its first two letters, or "_" when they are not two of a–z and 0–9', () => {
    assert.equal(bucketOf('placenta'), 'pl');
    assert.equal(bucketOf('2020s'), '20');
    assert.equal(bucketOf('łódź'), '_');
  });

  test('looks for words near one in its own file and in the one with its first two letters swapped', () => {
    assert.deepEqual(bucketsNear('lpacenta'), ['lp', 'pl']);
    assert.deepEqual(bucketsNear('aardvark'), ['aa']);
  });

  test('splits the counts into files of words in order, "constructor" and "__proto__" being words like any other', () => {
    const buckets = splitIntoBuckets(
      new Map([
        ['placenta', 4],
        ['placed', 1],
        ['constructor', 2],
        ['__proto__', 1],
      ]),
    );
    assert.deepEqual([...buckets.keys()].sort(), ['_', 'co', 'pl']);
    assert.deepEqual(Object.entries(buckets.get('pl')!), [
      ['placed', 1],
      ['placenta', 4],
    ]);
    assert.equal(JSON.stringify(buckets.get('co')), '{"constructor":2}');
    assert.equal(JSON.stringify(buckets.get('_')), '{"__proto__":1}');
  });
});
