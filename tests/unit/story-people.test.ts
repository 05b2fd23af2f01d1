import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findQuotedPeople, readPersonName } from '../../src/lib/people/quoted-people.ts';
import { listStoryPeople } from '../../src/lib/people/story-people.ts';
import { findThreadPeople } from '../../src/lib/people/thread-people.ts';
import type { Paragraph } from '../../src/markdown/rehype-body-facts.ts';
import { toStories, type Story } from '../../src/lib/story.ts';
import type { Article } from '../../src/entry/article.ts';

describe('findThreadPeople', () => {
  const thread = ['Nora Quill', 'Tomas Beck', 'Jack Stephens'];

  test('a short form counts towards the one thread name that holds it', () => {
    assert.deepEqual(findThreadPeople(['The couple named their son Jack.'], thread, []), ['Jack Stephens']);
    assert.deepEqual(findThreadPeople(['A letter to Stephens, unanswered.'], thread, []), ['Jack Stephens']);
  });

  test('a possessive or a word opening a sentence does not hide the short form', () => {
    assert.deepEqual(findThreadPeople(['Jack’s memory lives on.'], thread, []), ['Jack Stephens']);
    assert.deepEqual(findThreadPeople(['When Jack was born, it rained.'], thread, []), ['Jack Stephens']);
  });

  test('a thread name the text spells in full counts, in the order of the thread', () => {
    assert.deepEqual(findThreadPeople(['Jack and Tomas Beck met.'], thread, []), ['Tomas Beck', 'Jack Stephens']);
  });

  test('two thread names sharing a short form make it name neither', () => {
    assert.deepEqual(findThreadPeople(['The couple named their son Jack.'], [...thread, 'Jack Roe'], []), []);
  });

  test("a short form of the story's own people or authors names nobody else", () => {
    assert.deepEqual(findThreadPeople(['Jack wrote this.'], thread, ['Jack Roe']), []);
  });

  test('a short form with no full name in the thread names nobody', () => {
    assert.deepEqual(findThreadPeople(['The couple named their son Jack.'], ['Nora Quill'], []), []);
  });

  test('a short form inside a longer name is that other person', () => {
    assert.deepEqual(findThreadPeople(['The actor Jack Black sent flowers.'], thread, []), []);
    assert.deepEqual(findThreadPeople(['They met Ellen Stephens there.'], thread, []), []);
    assert.deepEqual(findThreadPeople(['Ellen Stephens sent flowers.'], thread, []), []);
  });

  test("the story's own people are not returned, and a lower-case word is no name", () => {
    assert.deepEqual(findThreadPeople(['Nora Quill and Jack.'], thread, ['Nora Quill']), ['Jack Stephens']);
    assert.deepEqual(findThreadPeople(['He will jack up the car.'], thread, []), []);
  });
});

describe('readPersonName', () => {
  test('sets a name written in one case in name case and keeps mixed case', () => {
    assert.equal(readPersonName('rachel zegler'), 'Rachel Zegler');
    assert.equal(readPersonName('TONI TONE'), 'Toni Tone');
    assert.equal(readPersonName('ana navarro-cárdenas'), 'Ana Navarro-Cárdenas');
    assert.equal(readPersonName('LeAnn Rimes Cibrian'), 'LeAnn Rimes Cibrian');
    assert.equal(readPersonName('Ashley C. Ford'), 'Ashley C. Ford');
  });

  test('drops emoji and symbols, and takes one word for no person', () => {
    assert.equal(readPersonName('Mac Lethal 🧢'), 'Mac Lethal');
    assert.equal(readPersonName('NASA'), undefined);
    assert.equal(readPersonName('YNB 🖤'), undefined);
  });
});

describe('findQuotedPeople', () => {
  test('lists the authors of quoted posts, however short, then the speakers of quotes, each once', () => {
    const paragraphs: Paragraph[] = [
      { text: 'Our hearts are with you.', by: 'kamala harris' },
      { text: 'Jack 🖤', by: 'Hillary Clinton' },
      { text: 'The mayor spoke.' },
      { text: 'Sending love.', by: 'NASA' },
    ];
    assert.deepEqual(
      findQuotedPeople(paragraphs, [
        { text: 'Our hearts are with you.', speaker: 'Kamala Harris' },
        { text: 'We will rebuild the bridge this year,', speaker: 'Ben Ode' },
        { text: 'Nobody knows who said this at all' },
      ]),
      ['Kamala Harris', 'Hillary Clinton', 'Ben Ode'],
    );
  });
});

describe('listStoryPeople', () => {
  function entry(id: string, published: string, people: string[]): { id: string; data: Article } {
    return {
      id,
      data: {
        headline: `The ${id} story`,
        published,
        slug: id,
        ...(people.length > 0 ? { people } : {}),
        source: { path: `content/sources/${id}.txt`, sha256: '0'.repeat(64) },
        provenance: { headline: { method: 'source' }, published: { method: 'source' } },
      } as Article,
    };
  }
  const earliestFirst = toStories([
    entry('birth', '2021-03-01', ['Nora Quill', 'Jack Stephens']),
    entry('grief', '2021-03-05', ['Nora Quill']),
    entry('elsewhere', '2021-03-06', []),
  ]).reverse();
  const text: Record<string, Paragraph[]> = {
    birth: [{ text: 'Nora Quill named her son Jack Stephens.' }],
    grief: [{ text: 'Nora mourns Jack.' }, { text: 'So sorry.', by: 'tomas beck' }],
    elsewhere: [{ text: 'Another Jack, another story.' }],
  };
  const paragraphsOf = (story: Story) => text[story.id]!;

  test("gives each story its entry's people, the thread's people it names by a short form, then those it quotes", () => {
    const threads = [{ id: 'birth', members: [0, 1] }];
    assert.deepEqual(
      listStoryPeople(earliestFirst, threads, paragraphsOf, () => []),
      [['Nora Quill', 'Jack Stephens'], ['Nora Quill', 'Jack Stephens', 'Tomas Beck'], []],
    );
  });

  test('a story outside the thread gets none of its names', () => {
    assert.deepEqual(listStoryPeople(earliestFirst, [], paragraphsOf, () => [])[1], ['Nora Quill', 'Tomas Beck']);
  });
});
