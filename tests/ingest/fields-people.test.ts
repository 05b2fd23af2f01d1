import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPeople, MAX_PEOPLE } from '../../src/ingest/deciding/fields/people.ts';

describe('findPeople: full names from the text', () => {
  test('lists full names, most mentioned first, a surname or first name counting for its full name', () => {
    const text = [
      'Chrissy Teigen and John Legend lost their son. Teigen, 34, wrote about it.',
      'Legend, 41, said they were grateful. "Thank you," Legend said.',
    ].join('\n');
    assert.deepEqual(findPeople(text), ['John Legend', 'Chrissy Teigen']);
  });

  test('ties are in order of first mention', () => {
    assert.deepEqual(findPeople('Maya Chen met Tom Reyes. Reyes and Chen spoke.'), ['Maya Chen', 'Tom Reyes']);
  });

  test('a surname alone is not listed', () => {
    assert.equal(findPeople('Legend, 41, said the couple were grateful. Teigen agreed.'), undefined);
  });

  test('a short form two full names share counts for neither', () => {
    assert.deepEqual(findPeople('John Legend met John Roe. Roe spoke first. John waved.'), ['John Roe', 'John Legend']);
  });

  test('possessives, titles and trailing punctuation are dropped; the text’s capitals kept', () => {
    const text =
      "Sen. Elizabeth Warren's plan was read aloud, said Dr. Anthony S. Fauci. Mr. Tom Reyes’s office agreed.";
    assert.deepEqual(findPeople(text), ['Elizabeth Warren', 'Anthony S. Fauci', 'Tom Reyes']);
  });

  test('a title that names the person stays: Prince, Pope', () => {
    assert.deepEqual(findPeople('Prince Harry met Pope Francis in Rome.'), ['Prince Harry', 'Pope Francis']);
  });

  test('hyphenated names and particles are kept whole', () => {
    assert.deepEqual(findPeople('Ana Navarro-Cárdenas wrote about Charles de Gaulle.'), [
      'Ana Navarro-Cárdenas',
      'Charles de Gaulle',
    ]);
  });

  test('a heading in Title Case is not searched, but its mentions count', () => {
    const text = [
      'Chrissy Teigen Recently Revealed That She Showered for the First Time',
      'Tom Reyes said it was good news. Teigen agreed.',
    ].join('\n');
    assert.deepEqual(findPeople(text), ['Tom Reyes']);
  });

  test('names are whitespace-normalised', () => {
    assert.deepEqual(findPeople('Reporters asked Maya  Chen about it.'), ['Maya Chen']);
  });

  test(`lists at most ${MAX_PEOPLE}`, () => {
    const names = [
      'Ann Bell',
      'Bob Chan',
      'Carl Dunn',
      'Dana Egan',
      'Ed Ford',
      'Fay Gray',
      'Gus Hale',
      'Hank Ives',
      'Ivy Jones',
    ];
    const text = names.map((name) => `${name} said so.`).join(' ');
    assert.deepEqual(findPeople(text), names.slice(0, MAX_PEOPLE));
  });

  test('a text that names no one gives undefined', () => {
    assert.equal(findPeople('The council approved the budget on Tuesday. Residents agreed.'), undefined);
    assert.equal(findPeople(''), undefined);
  });

  test('is deterministic', () => {
    const text = 'Rosa Delgado met Luis Ortega. Ortega spoke. Delgado spoke twice. Delgado left.';
    assert.deepEqual(findPeople(text), ['Rosa Delgado', 'Luis Ortega']);
    assert.deepEqual(findPeople(text), findPeople(text));
  });
});

describe('findPeople: the archivist’s lists and the authors', () => {
  const text = 'In Wednesday’s interview with Good Morning America, son Miles Theodore was named. Miles is 2.';

  test('without lists, what the finder gets wrong stands', () => {
    assert.deepEqual(findPeople('She told Good Morning America, and Jane Doe agreed.'), ['Jane Doe']);
  });

  test('allow: a name the finder misses is listed where the text holds it, with its short forms', () => {
    assert.deepEqual(findPeople(text, { allow: ['Miles Theodore', 'Luna Simone'] }), ['Miles Theodore']);
  });

  test('allow: whole words, case as written', () => {
    assert.equal(findPeople(text, { allow: ['miles theodore', 'Miles Theo'] }), undefined);
  });

  test('allow: one word is enough for an allowed name', () => {
    assert.deepEqual(findPeople('Madonna sang. Madonna bowed.', { allow: ['Madonna'] }), ['Madonna']);
  });

  test('deny: a name is never listed, in any case', () => {
    const denied = 'Jane Doe met Bo Chan.';
    assert.deepEqual(findPeople(denied, { deny: ['jane DOE'] }), ['Bo Chan']);
    assert.equal(findPeople(text, { allow: ['Miles Theodore'], deny: ['Miles Theodore'] }), undefined);
  });

  test('exclude: the authors are not listed, and their surnames count for no one else', () => {
    const byline = 'Maya Chen spoke to Tom Reyes and Lily Chen. Chen said little.';
    assert.deepEqual(findPeople(byline, { exclude: ['Maya Chen'] }), ['Tom Reyes', 'Lily Chen']);
  });
});
