import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { recordNotes, withFullStop } from '../../src/lib/record-notes.ts';

describe('recordNotes', () => {
  test("an estimated date: a note and the entry's reason in its own words, closed by a full stop", () => {
    assert.deepEqual(
      recordNotes({
        headline: { method: 'source' },
        published: { method: 'inferred', evidence: 'the text mentions "back in 2020", so it was written in 2021' },
      }),
      ['The date is an estimate made from the text: the text mentions "back in 2020", so it was written in 2021.'],
    );
  });

  test('a reason starting with a capital is a sentence of its own, and keeps its closing punctuation', () => {
    assert.deepEqual(
      recordNotes({
        headline: { method: 'editor', evidence: 'The source\'s headline was a kicker ("Oh no!")' },
        published: { method: 'editor', evidence: 'Published no earlier than 30 November 2020.' },
      }),
      [
        "The date was set by the archive's editors. Published no earlier than 30 November 2020.",
        'The headline was set by the archive\'s editors. The source\'s headline was a kicker ("Oh no!").',
      ],
    );
  });

  test('an undated story and a derived headline', () => {
    assert.deepEqual(recordNotes({ headline: { method: 'derived', evidence: 'first clause of the lede' } }), [
      'The source gives no date, so the story is kept undated rather than given a guessed one.',
      'The source has no headline; this one is taken from its first sentence.',
    ]);
  });

  test('nothing for fields the source gave as they stand', () => {
    assert.deepEqual(recordNotes({ headline: { method: 'source' }, published: { method: 'source' } }), []);
  });
});

describe('withFullStop', () => {
  test('adds a full stop only where the text does not already end a sentence', () => {
    assert.equal(withFullStop('so it was 2021'), 'so it was 2021.');
    assert.equal(withFullStop('It was.'), 'It was.');
    assert.equal(withFullStop('He asked “why?”'), 'He asked “why?”');
    assert.equal(withFullStop('a kicker ("Oh no!")'), 'a kicker ("Oh no!").');
  });
});
