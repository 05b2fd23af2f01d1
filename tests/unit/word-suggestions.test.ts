import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isKnownWord, suggestWords } from '../../src/browser/word-suggestions.ts';

const vocabulary = new Map([
  ['placenta', 4],
  ['placed', 1],
  ['please', 1],
  ['planet', 2],
  ['babies', 3],
]);

describe('whether a word is in the vocabulary, as Pagefind would find it', () => {
  test('a word is known when some word of the vocabulary begins with its stem', () => {
    assert.equal(isKnownWord('placenta', vocabulary), true);
    assert.equal(isKnownWord('placentas', vocabulary), true, 'stemmed as Pagefind does');
    assert.equal(isKnownWord('baby', vocabulary), true, '"baby" and "babies" share the stem "babi"');
    assert.equal(isKnownWord('plac', vocabulary), true, 'the start of a word');
  });

  test('a word is unknown when only a shorter word begins it (what Pagefind would search instead)', () => {
    assert.equal(isKnownWord('placenat', vocabulary), false);
    assert.equal(isKnownWord('placedd', vocabulary), false);
  });
});

describe('the words offered for a word no story has', () => {
  test('offers "placenta" for "placenat"', () => {
    assert.deepEqual(suggestWords('placenat', vocabulary), ['placenta']);
  });

  test('puts fewer edits first, then the word more stories have, then alphabetical order', () => {
    const words = new Map([
      ['cart', 1],
      ['care', 5],
      ['card', 5],
      ['cat', 9],
    ]);
    // "cart" and "card" and "care" are one letter from "carx"; "cat" is two.
    assert.deepEqual(suggestWords('carx', words), ['card', 'care', 'cart']);
    assert.deepEqual(suggestWords('carx', words, 2), ['card', 'care']);
  });

  test('allows one edit in a word of four letters or fewer, two in a longer one', () => {
    assert.deepEqual(suggestWords('plxx', new Map([['plan', 1]])), []);
    assert.deepEqual(suggestWords('plxnet', new Map([['planet', 1]])), ['planet']);
    assert.deepEqual(suggestWords('plxnxt', new Map([['planet', 1]])), ['planet']);
    assert.deepEqual(suggestWords('plxxxt', new Map([['planet', 1]])), []);
  });

  test('offers nothing when no word is near', () => {
    assert.deepEqual(suggestWords('zzqx', vocabulary), []);
  });
});
