import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findWholeWords, wholeWordsPattern } from '../../src/ingest/deciding/fields/whole-words.ts';

const byPattern = (text: string, names: readonly string[]) =>
  [...text.matchAll(wholeWordsPattern(names, 'gu'))].map((match) => ({ text: match[0], index: match.index }));

describe('findWholeWords', () => {
  it('finds names as whole words, across any white space, longest first', () => {
    assert.deepEqual(findWholeWords('Ann Lee met Lee.\nAnn\n Lee left; Ann Leeds too.', ['Lee', 'Ann Lee', 'Ann']), [
      { text: 'Ann Lee', index: 0 },
      { text: 'Lee', index: 12 },
      { text: 'Ann\n Lee', index: 17 },
      { text: 'Ann', index: 32 },
    ]);
  });

  it('takes no name inside a hyphenated name or after an apostrophe, but before a possessive', () => {
    assert.deepEqual(findWholeWords("Navarro-Lee, O'Lee, Lee's and Lee-Smith", ['Lee']), [{ text: 'Lee', index: 20 }]);
  });

  it('finds what the pattern finds, in the same order, for any text and names', () => {
    const character = fc.constantFrom(..."AaBb .-'’\n\t\u00a0éeː1()[]\\".split(''), '\u0301', '😀', '\ud83d', '\ude00');
    const piece = (maxLength: number) => fc.array(character, { maxLength }).map((characters) => characters.join(''));
    // Names from the text's own pieces, so that most cases have matches to compare.
    const names = fc.array(piece(5), { minLength: 1, maxLength: 4 });
    const text = fc.array(
      fc.oneof(
        piece(4),
        names.map((n) => n.join(' ')),
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(text, names, (pieces, n) => {
        const t = [...pieces, ...n].join(pieces.length % 2 === 0 ? ' ' : '');
        assert.deepEqual(findWholeWords(t, n), byPattern(t, n));
      }),
      { numRuns: 2000 },
    );
  });
});
