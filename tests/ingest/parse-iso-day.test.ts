import assert from 'node:assert/strict';
import { it } from 'node:test';
import { parseStatedDate } from '../../src/ingest/reading/dates/parse-date.ts';

/** A reference date sends a text through chrono whatever it is: a full day does not depend on it. */
const byChrono = (text: string) => parseStatedDate(text, { reference: new Date(Date.UTC(2030, 5, 1)) });

it('reads "YYYY-MM-DD" as chrono does, for every day of a leap year and a common one, and years far apart', () => {
  for (const year of [1000, 1900, 1999, 2000, 2023, 2024, 9999]) {
    for (let day = Date.UTC(year, 0, 1); new Date(day).getUTCFullYear() === year; day += 86_400_000) {
      const text = new Date(day).toISOString().slice(0, 10);
      assert.equal(JSON.stringify(parseStatedDate(text)), JSON.stringify(byChrono(text)), text);
    }
  }
});

it('leaves what is no calendar day, or not that form alone, to the full reading', () => {
  for (const text of [
    '2021-02-29',
    '2020-13-01',
    '2020-00-10',
    '2020-04-31',
    '0999-05-01',
    '2020-1-05',
    ' 2020-01-05',
    '2020-01-05T10:00',
  ]) {
    assert.equal(JSON.stringify(parseStatedDate(text)), JSON.stringify(byChrono(text)), text);
  }
});
