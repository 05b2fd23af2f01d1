import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { inferDate } from '../../src/ingest/deciding/infer-date.ts';
import { loadDateInferenceRules } from '../../src/ingest/rules/date-inference.ts';
import { INFERENCE_CASES } from './infer-date-cases.ts';

describe('date inference: dates a story recalls or announces are not its date', () => {
  for (const c of INFERENCE_CASES.filter((c) => c.kind === 'trap')) {
    it(c.name, () => {
      const found = inferDate(c.paragraphs);
      if (found !== undefined) assert.equal(found.published, c.published, found.evidence);
    });
  }
});

describe('date inference: a text that states its date', () => {
  for (const c of INFERENCE_CASES.filter((c) => c.kind === 'dated')) {
    it(c.name, () => {
      assert.equal(inferDate(c.paragraphs)?.published, c.published);
    });
  }
});

describe('date inference: what is no evidence', () => {
  it('finds none in month-day mentions without a year or in relative words', () => {
    assert.equal(inferDate(['On November 24 she spoke.', 'Today she posted.', 'They wed in 2013.']), undefined);
  });
  it('takes no short listing item for a dateline', () => {
    assert.equal(
      inferDate(['Concerts', '03.11.2022 - The Hollow Reeds, live at the Arena', '04.11.2022 - Jazz night']),
      undefined,
    );
  });
  it('finds none in a dateline without a year', () => {
    assert.equal(inferDate(['Storm Hits Coast', 'MIAMI, Sept. 4 (AP) — A storm hit the coast.']), undefined);
  });
  it('quotes its evidence', () => {
    const found = inferDate([
      'Headline',
      'WASHINGTON, May 3, 2004 — The Senate voted on Monday to pass the highway bill, setting up a fight over its cost.',
    ]);
    assert.match(found?.evidence ?? '', /"WASHINGTON, May 3, 2004 —"/);
  });
});

describe("date inference: the archive's date marker", () => {
  it('reads " date YYYY-MM-DD" opening the text, as a format that does not take it leaves it', () => {
    assert.equal(inferDate(['date 2021-01-01 Another story under the same stem. More.'])?.published, '2021-01-01');
  });
  it('refuses an impossible day in the marker', () => {
    assert.equal(inferDate(['date 2021-02-30 Another story.']), undefined);
  });
});

describe('the date inference rules file', () => {
  it('is refused whole when a key has the wrong shape, naming the file and the key', () => {
    const rules = JSON.parse(
      readFileSync(new URL('../../src/ingest/rules/date-inference.json', import.meta.url), 'utf8'),
    );
    assert.doesNotThrow(() => loadDateInferenceRules(JSON.stringify(rules)));
    assert.throws(
      () => loadDateInferenceRules(JSON.stringify({ ...rules, topParagraphs: 'six' }), 'date-inference.json'),
      /^Error: date-inference\.json: topParagraphs: /,
    );
    assert.throws(
      () => loadDateInferenceRules(JSON.stringify({ ...rules, months: { janvier: 13 } }), 'date-inference.json'),
      /date-inference\.json: months\.janvier: /,
    );
  });
});
