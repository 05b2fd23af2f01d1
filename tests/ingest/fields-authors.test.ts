import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cleanAuthors } from '../../src/ingest/deciding/fields/authors.ts';
import { nameCase } from '../../src/ingest/deciding/fields/name-case.ts';

const clean = (...raw: string[]) => cleanAuthors(raw);

describe('cleanAuthors: bylines', () => {
  test('"By JANE DOE" → name case, without "By"', () => {
    assert.deepEqual(clean('By JANE DOE'), { names: ['Jane Doe'], dropped: [] });
  });

  test('"By Jane Doe and John Roe" → two people', () => {
    assert.deepEqual(clean('By Jane Doe and John Roe'), { names: ['Jane Doe', 'John Roe'], dropped: [] });
  });

  test('"Jane Doe, Associated Press Writer" → the credit is dropped', () => {
    assert.deepEqual(clean('Jane Doe, Associated Press Writer'), {
      names: ['Jane Doe'],
      dropped: ['Associated Press Writer'],
    });
  });

  test('"By Jane Doe | Reuters"', () => {
    assert.deepEqual(clean('By Jane Doe | Reuters'), { names: ['Jane Doe'], dropped: ['Reuters'] });
  });

  test('"Jane Doe, Staff Writer"', () => {
    assert.deepEqual(clean('Jane Doe, Staff Writer'), { names: ['Jane Doe'], dropped: ['Staff Writer'] });
  });

  test('"Jane Doe Special to The Times" (no comma)', () => {
    assert.deepEqual(clean('Jane Doe Special to The Times'), {
      names: ['Jane Doe'],
      dropped: ['Special to The Times'],
    });
  });

  test('a job title with no comma: "Jane Doe Staff Writer", "Jane Doe Associated Press Writer"', () => {
    assert.deepEqual(clean('Jane Doe Staff Writer').names, ['Jane Doe']);
    assert.deepEqual(clean('Jane Doe Associated Press Writer').names, ['Jane Doe']);
    assert.deepEqual(clean('JANE DOE AP Business Writer').names, ['Jane Doe']);
  });

  test('"Written by Jane Doe"', () => assert.deepEqual(clean('Written by Jane Doe').names, ['Jane Doe']));

  test('"Posted by jdoe" → a user name, not a person', () => {
    assert.deepEqual(clean('Posted by jdoe'), { names: [], dropped: ['jdoe'] });
  });

  test('"Jane Doe (@janedoe)" → the handle is dropped', () => {
    assert.deepEqual(clean('Jane Doe (@janedoe)'), { names: ['Jane Doe'], dropped: ['@janedoe'] });
  });

  test('"jane.doe@example.com" → an email is no name', () => {
    assert.deepEqual(clean('jane.doe@example.com'), { names: [], dropped: ['jane.doe@example.com'] });
    assert.deepEqual(clean('Jane Doe jane@example.com'), { names: ['Jane Doe'], dropped: ['jane@example.com'] });
  });

  test('"JANE DOE and JOHN ROE, Associated Press"', () => {
    assert.deepEqual(clean('JANE DOE and JOHN ROE, Associated Press'), {
      names: ['Jane Doe', 'John Roe'],
      dropped: ['Associated Press'],
    });
  });

  test('"By Jane Doe, Senior Correspondent, and John Roe"', () => {
    assert.deepEqual(clean('By Jane Doe, Senior Correspondent, and John Roe'), {
      names: ['Jane Doe', 'John Roe'],
      dropped: ['Senior Correspondent'],
    });
  });

  test('a list: "By Jane Doe, John Roe, and Mary Major"', () => {
    assert.deepEqual(clean('By Jane Doe, John Roe, and Mary Major').names, ['Jane Doe', 'John Roe', 'Mary Major']);
  });

  test('"Dr. Jane Doe" → the honorific is dropped', () => {
    assert.deepEqual(clean('Dr. Jane Doe'), { names: ['Jane Doe'], dropped: ['Dr.'] });
  });

  test('"Jane Doe Jr." and "Jane Doe, Jr." keep the suffix; "Ph.D." is dropped', () => {
    assert.deepEqual(clean('Jane Doe Jr.').names, ['Jane Doe Jr.']);
    assert.deepEqual(clean('Jane Doe, Jr.').names, ['Jane Doe Jr.']);
    assert.deepEqual(clean('JANE DOE, JR.').names, ['Jane Doe Jr.']);
    assert.deepEqual(clean('Jane Doe, Ph.D.'), { names: ['Jane Doe'], dropped: ['Ph.D.'] });
  });

  test('names in mixed case are kept as written', () => {
    assert.deepEqual(clean('María José García-López').names, ['María José García-López']);
    assert.deepEqual(clean("Jean-Luc O'Neill").names, ["Jean-Luc O'Neill"]);
    assert.deepEqual(clean('Vincent van Gogh').names, ['Vincent van Gogh']);
  });

  test('"DE LA CRUZ" and "MCDONALD" in name case', () => {
    assert.deepEqual(clean('DE LA CRUZ').names, ['De la Cruz']);
    assert.deepEqual(clean('MCDONALD').names, ['McDonald']);
  });

  test('the same person twice is listed once, in the first spelling', () => {
    assert.deepEqual(clean('By Jane Doe', 'JANE DOE', 'Dr. Jane Doe').names, ['Jane Doe']);
  });

  test('other separators: a spaced dash, a bullet, a semicolon', () => {
    assert.deepEqual(clean('By Jane Doe - Reuters'), { names: ['Jane Doe'], dropped: ['Reuters'] });
    assert.deepEqual(clean('Jane Doe • CNN'), { names: ['Jane Doe'], dropped: ['CNN'] });
    assert.deepEqual(clean('Jane Doe; additional reporting by John Roe'), {
      names: ['Jane Doe'],
      dropped: ['additional reporting by John Roe'],
    });
  });
});

describe('cleanAuthors: bylines that name no person', () => {
  for (const byline of [
    'Staff',
    'Reuters Staff',
    'The Associated Press',
    'By The Associated Press',
    'Editorial Board',
    'The Editorial Board',
    'Staff and wire reports',
    'From staff reports',
    'Bugle Staff',
    'Posted by Admin',
  ]) {
    test(`"${byline}"`, () => {
      const { names, dropped } = clean(byline);
      assert.deepEqual(names, []);
      assert.equal(dropped.length, 1);
    });
  }
});

describe('nameCase', () => {
  test('hyphens, apostrophes and Mc', () => {
    assert.equal(nameCase("JEAN-LUC O'NEILL"), "Jean-Luc O'Neill");
    assert.equal(nameCase('MARÍA JOSÉ GARCÍA-LÓPEZ'), 'María José García-López');
    assert.equal(nameCase('RONALD MCDONALD'), 'Ronald McDonald');
    assert.equal(nameCase("D'ANGELO"), "D'Angelo");
  });

  test('"Mac" is not guessed: MACDONALD could be Macdonald or MacDonald', () => {
    assert.equal(nameCase('JOHN MACDONALD'), 'John Macdonald');
  });

  test('particles are lowercase inside a name and capitalised when they open it', () => {
    assert.equal(nameCase('LUDWIG VAN BEETHOVEN'), 'Ludwig van Beethoven');
    assert.equal(nameCase('JUAN DE LA CRUZ'), 'Juan de la Cruz');
    assert.equal(nameCase('DE LA CRUZ'), 'De la Cruz');
    assert.equal(nameCase('URSULA VON DER LEYEN'), 'Ursula von der Leyen');
  });

  test('initials and Roman numerals', () => {
    assert.equal(nameCase('J.K. ROWLING'), 'J.K. Rowling');
    assert.equal(nameCase('JOHN SMITH III'), 'John Smith III');
  });
});
