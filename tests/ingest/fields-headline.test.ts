import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readableHeadline } from '../../src/ingest/deciding/fields/headline-case.ts';

const readable = (headline: string, body = '') => readableHeadline(headline, body).value;

describe('readableHeadline', () => {
  test('"BAHIA COCOA REVIEW", whose body mentions Bahia', () => {
    const body =
      'SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought.';
    assert.deepEqual(readableHeadline('BAHIA COCOA REVIEW', body), { value: 'Bahia Cocoa Review', changed: true });
  });

  test('"U.S. STOCKS FALL AS OPEC CUTS OUTPUT": acronyms from the body, small words lowercase', () => {
    const body = 'NEW YORK (Reuters) - U.S. stocks fell on Monday after OPEC agreed to cut output.';
    assert.equal(readable('U.S. STOCKS FALL AS OPEC CUTS OUTPUT', body), 'U.S. Stocks Fall as OPEC Cuts Output');
  });

  test('"PRESIDENT SIGNS BILL" with no hints in the body', () => {
    assert.equal(readable('PRESIDENT SIGNS BILL'), 'President Signs Bill');
  });

  test('a headline that is not ALL CAPS is kept', () => {
    assert.deepEqual(readableHeadline('NASA Launches Probe', ''), { value: 'NASA Launches Probe', changed: false });
    assert.deepEqual(readableHeadline('Chrissy Teigen is opening up', ''), {
      value: 'Chrissy Teigen is opening up',
      changed: false,
    });
  });

  test('names in a distinctive case come from the body: "McDonald\'s", "iPhone"', () => {
    assert.equal(readable("MCDONALD'S SALES RISE", "Sales at McDonald's rose."), "McDonald's Sales Rise");
    assert.equal(
      readable('NEW IPHONE SALES SOAR', 'Apple said sales of the new iPhone rose.'),
      'New iPhone Sales Soar',
    );
  });

  test('a possessive of an acronym the body writes bare', () => {
    assert.equal(readable("NATO'S CHIEF WARNS", 'The head of NATO said.'), "NATO's Chief Warns");
  });

  test('a capital that only opens a sentence, and a dateline in capitals, are not proper-noun evidence', () => {
    const body = 'NEW YORK (Reuters) - Banks rallied. Some analysts were surprised; the banks had slumped.';
    assert.equal(readable('NEW YORK BANKS RALLY', body), 'New York Banks Rally');
  });

  test('a body that is itself in capitals is no dictionary', () => {
    assert.equal(readable('STOCKS RALLY', 'STOCKS RALLIED ON MONDAY IN HEAVY TRADING.'), 'Stocks Rally');
  });

  test('whitespace is collapsed and a final full stop dropped, but not the point of "U.S."', () => {
    assert.deepEqual(readableHeadline('  Markets   rally. ', ''), { value: 'Markets rally', changed: false });
    assert.equal(readable('STOCKS FALL IN THE U.S.'), 'Stocks Fall in the U.S.');
    assert.equal(readable('WAIT FOR IT...'), 'Wait for It...');
  });

  test('Roman numerals and well-known acronyms without body evidence', () => {
    assert.equal(readable('WORLD WAR II MEMORIAL OPENS'), 'World War II Memorial Opens');
    assert.equal(readable('NASA DELAYS LAUNCH'), 'NASA Delays Launch');
  });

  test('hyphenated words and a colon', () => {
    assert.equal(readable('OPEC-LED CUTS: WHAT THEY MEAN', 'OPEC said.'), 'OPEC-Led Cuts: What They Mean');
  });
});

describe('readableHeadline and wire tickers', () => {
  test('keeps a ticker in angle brackets or parentheses in capitals', () => {
    assert.equal(
      readableHeadline('STANDARD OIL <SRD> TO FORM FINANCIAL UNIT', '').value,
      'Standard Oil <SRD> to Form Financial Unit',
    );
    assert.equal(readableHeadline('APPLE (AAPL.O) SHARES RISE', '').value, 'Apple (AAPL.O) Shares Rise');
  });
});
