import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DEFAULT_PUBLICATIONS,
  isKnownPublication,
  mergePublicationTables,
  normalisePublication,
} from '../../src/ingest/deciding/fields/publications.ts';

const canonical = (raw: string, table = DEFAULT_PUBLICATIONS) => normalisePublication(raw, table).value;

describe('normalisePublication: aliases', () => {
  test('a listed abbreviation, with the rule for provenance', () => {
    assert.deepEqual(normalisePublication('AP', DEFAULT_PUBLICATIONS), {
      value: 'The Associated Press',
      rule: '"AP" is listed as an alias of "The Associated Press"',
    });
    assert.equal(canonical('AFP'), 'Agence France-Presse');
    assert.equal(canonical('WSJ'), 'The Wall Street Journal');
  });

  test('the canonical name as written needs no rule', () => {
    assert.deepEqual(normalisePublication('The Associated Press', DEFAULT_PUBLICATIONS), {
      value: 'The Associated Press',
    });
  });

  test('case, punctuation and a leading "The" are ignored', () => {
    assert.equal(canonical('THE NEW YORK TIMES'), 'The New York Times');
    assert.equal(canonical('the washington post'), 'The Washington Post');
    assert.equal(canonical('Washington Post'), 'The Washington Post');
    assert.equal(canonical('A.P.'), 'The Associated Press');
    assert.equal(canonical('L.A. Times'), 'Los Angeles Times');
    assert.equal(canonical('Agence France Presse'), 'Agence France-Presse');
    assert.match(normalisePublication('new york times', DEFAULT_PUBLICATIONS).rule ?? '', /ignoring case/);
  });

  test('surrounding quotes and brackets are junk', () => {
    assert.equal(canonical('(AP)'), 'The Associated Press');
    assert.equal(canonical('  “Reuters”  '), 'Reuters');
  });
});

describe('normalisePublication: domains', () => {
  test('a bare domain', () => {
    assert.deepEqual(normalisePublication('nytimes.com', DEFAULT_PUBLICATIONS), {
      value: 'The New York Times',
      rule: '"nytimes.com" is on nytimes.com, listed as an alias of "The New York Times"',
    });
  });

  test('"www." and other subdomains', () => {
    assert.equal(canonical('www.reuters.com'), 'Reuters');
    assert.equal(canonical('edition.cnn.com'), 'CNN');
    assert.equal(canonical('news.bbc.co.uk'), 'BBC News');
  });

  test('a URL', () => {
    assert.equal(canonical('https://apnews.com/article/virus-outbreak-abc123'), 'The Associated Press');
    assert.equal(canonical('http://www.washingtonpost.com/politics/'), 'The Washington Post');
  });

  test('the same name under another top-level domain', () => {
    const result = normalisePublication('nytimes.co.uk', DEFAULT_PUBLICATIONS);
    assert.equal(result.value, 'The New York Times');
    assert.match(result.rule ?? '', /under another top-level domain/);
  });
});

describe('normalisePublication: site titles', () => {
  test('" - Breaking News" and similar taglines', () => {
    assert.equal(canonical('CNN - Breaking News, Latest News and Videos'), 'CNN');
    assert.equal(canonical('Reuters | Homepage'), 'Reuters');
  });

  test('the name after the section', () => assert.equal(canonical('World news | The Guardian'), 'The Guardian'));

  test('an unknown name keeps its spelling but loses a generic tagline, with no rule', () => {
    assert.deepEqual(normalisePublication('Daily Bugle - Breaking News', DEFAULT_PUBLICATIONS), {
      value: 'Daily Bugle',
    });
    assert.deepEqual(normalisePublication('  "The Daily Bugle" ', DEFAULT_PUBLICATIONS), { value: 'The Daily Bugle' });
    assert.deepEqual(normalisePublication('Le Monde', DEFAULT_PUBLICATIONS), { value: 'Le Monde' });
  });

  test('an unknown title whose parts are both names is kept whole', () => {
    assert.equal(canonical('Smith Weekly - Jones Gazette'), 'Smith Weekly - Jones Gazette');
  });
});

describe('mergePublicationTables', () => {
  test("an alias the archivist lists for their own name overrides the default's", () => {
    const table = mergePublicationTables(DEFAULT_PUBLICATIONS, new Map([['The Times', ['NYT']]]));
    assert.equal(canonical('NYT', table), 'The Times');
    assert.equal(canonical('nytimes.com', table), 'The New York Times');
  });

  test('an archivist naming a listed publication differently renames it, with all its spellings', () => {
    const table = mergePublicationTables(DEFAULT_PUBLICATIONS, new Map([['AP', []]]));
    assert.equal(canonical('The Associated Press', table), 'AP');
    assert.equal(canonical('apnews.com', table), 'AP');
    assert.equal(canonical('AP', table), 'AP');
  });

  test("the archivist's own publications are added", () => {
    const table = mergePublicationTables(DEFAULT_PUBLICATIONS, new Map([['Daily Bugle', ['Bugle', 'dailybugle.com']]]));
    assert.equal(canonical('The Bugle', table), 'Daily Bugle');
    assert.equal(canonical('https://www.dailybugle.com/news/1', table), 'Daily Bugle');
    assert.equal(canonical('Reuters', table), 'Reuters');
  });

  test('the defaults are left unchanged', () => {
    mergePublicationTables(DEFAULT_PUBLICATIONS, new Map([['AP', ['Reuters']]]));
    assert.equal(canonical('AP'), 'The Associated Press');
    assert.equal(canonical('Reuters'), 'Reuters');
  });
});

describe('isKnownPublication', () => {
  test('tells outlet credits from other words', () => {
    assert.equal(isKnownPublication('Associated Press'), true);
    assert.equal(isKnownPublication('The New York Times'), true);
    assert.equal(isKnownPublication('Jane Doe'), false);
  });
});
