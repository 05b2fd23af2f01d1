import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findQuotes } from '../../src/lib/quotes/find-quotes.ts';
import { linkQuotes } from '../../src/lib/quotes/link-quotes.ts';
import { quoteWords } from '../../src/lib/quotes/normalise-quote.ts';
import type { BodyFacts } from '../../src/markdown/rehype-body-facts.ts';
import { renderFileLikeTheSite } from '../support/render-like-the-site.ts';

const PEOPLE = ['Chrissy Teigen', 'John Legend'];
const find = (text: string) => findQuotes([{ text }], PEOPLE);

describe('finding quoted speech', () => {
  test('reads straight and curly quotes, and names the speaker a sentence gives after or before', () => {
    assert.deepEqual(find('"We are grieving together as a family," Teigen wrote on Instagram.'), [
      { text: 'We are grieving together as a family', speaker: 'Chrissy Teigen' },
    ]);
    assert.deepEqual(find('“We are grieving together as a family,” said John Legend.'), [
      { text: 'We are grieving together as a family', speaker: 'John Legend' },
    ]);
    assert.deepEqual(find('In a post, Teigen said: "We are grieving together as a family."'), [
      { text: 'We are grieving together as a family.', speaker: 'Chrissy Teigen' },
    ]);
  });

  test('gives no speaker when the sentence names none', () => {
    assert.deepEqual(find('“He hated it. I could tell. It didn’t make sense to him at the time,” she confessed.'), [
      { text: 'He hated it. I could tell. It didn’t make sense to him at the time' },
    ]);
  });

  test('reads a quote split by its speech tag as one quote', () => {
    assert.deepEqual(find('"He hated it. I could tell," Teigen wrote. "It didn\'t make sense to him at the time."'), [
      { text: "He hated it. I could tell. It didn't make sense to him at the time.", speaker: 'Chrissy Teigen' },
    ]);
  });

  test('skips scare quotes and titles shorter than five words', () => {
    assert.deepEqual(find('The couple said they were in “deep pain” over the loss of “Wild”.'), []);
  });

  test('takes an attributed quote (a tweet) as its author’s words', async () => {
    const file = await renderFileLikeTheSite(
      'Lead.\n\n:::quote{by="Chrissy Teigen" handle="chrissyteigen"}\nDriving home from the hospital with no baby.\n:::',
    );
    const { paragraphs } = file.data.astro!.frontmatter as unknown as BodyFacts;
    assert.deepEqual(findQuotes(paragraphs, PEOPLE), [
      { text: 'Driving home from the hospital with no baby.', speaker: 'Chrissy Teigen' },
    ]);
  });
});

describe('linking one quote across stories', () => {
  test('compares words alone: case, curly apostrophes and punctuation do not matter', () => {
    assert.deepEqual(quoteWords('It didn’t make SENSE — to him.'), quoteWords("it didn't make sense to him"));
  });

  test('links the same quote, a part of it, or a copy with a word changed; not a different quote', () => {
    const linked = linkQuotes([
      {
        key: 'a',
        quotes: [
          {
            text: "He hated it. I could tell. It didn't make sense to him at the time. But I knew I needed to know of this moment forever.",
            speaker: 'Chrissy Teigen',
          },
        ],
      },
      { key: 'b', quotes: [{ text: 'He hated it. I could tell. It didn’t make sense to him at the time' }] },
      { key: 'c', quotes: [{ text: 'He hated it, I could tell: it did not make sense to him at the time' }] },
      { key: 'd', quotes: [{ text: 'We are so grateful for all the love and support we have had' }] },
    ]);
    const shared = linked.filter((quote) => quote.appearances.length > 1);
    assert.equal(shared.length, 1);
    assert.deepEqual(
      shared[0]!.appearances.map((a) => a.story),
      ['a', 'b', 'c'],
    );
    assert.equal(shared[0]!.speaker, 'Chrissy Teigen');
    assert.equal(shared[0]!.text, 'He hated it. I could tell. It didn’t make sense to him at the time');
  });

  test('does not link a stock phrase used about different things', () => {
    const linked = linkQuotes([
      { key: 'a', quotes: [{ text: 'We are doing everything we can about the flood and the levee' }] },
      { key: 'b', quotes: [{ text: 'We are doing everything we can about the strike and the wages' }] },
    ]);
    assert.equal(linked.length, 2);
  });
});
