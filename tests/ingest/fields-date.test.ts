import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type DateOptions, findDateLine, parseStatedDate } from '../../src/ingest/reading/dates/parse-date.ts';
import { parsePublished } from '../../src/entry/published-date.ts';

/** The published value the text reads as; every value must be one the entry schema accepts. */
function published(text: string, options?: DateOptions): string {
  const reading = parseStatedDate(text, options);
  assert.ok(reading.ok, `"${text}" was refused: ${reading.ok ? '' : reading.reason}`);
  const valid = parsePublished(reading.published);
  assert.ok(valid.ok, `"${reading.published}" is not a valid published value`);
  assert.equal(valid.date.precision, reading.precision);
  return reading.published;
}

function refusal(text: string, options?: DateOptions): string {
  const reading = parseStatedDate(text, options);
  assert.ok(!reading.ok, `"${text}" was read as ${reading.ok ? reading.published : ''}`);
  return reading.reason;
}

describe('parseStatedDate: the forms sources use', () => {
  test('"October 1, 2020"', () => assert.equal(published('October 1, 2020'), '2020-10-01'));
  test('"Oct. 1, 2020"', () => assert.equal(published('Oct. 1, 2020'), '2020-10-01'));
  test('"1 October 2020"', () => assert.equal(published('1 October 2020'), '2020-10-01'));
  test('"2020-10-01"', () => assert.equal(published('2020-10-01'), '2020-10-01'));
  test('"2020-10-01T14:03:00Z"', () => assert.equal(published('2020-10-01T14:03:00Z'), '2020-10-01T14:03:00Z'));
  test('ISO 8601 with an offset and fractional seconds', () => {
    assert.equal(published('2020-10-01T14:03:00.000-04:00'), '2020-10-01T14:03:00-04:00');
  });

  test('the wire form "26-FEB-1987 15:01:01.79" (a time without a zone keeps only the date)', () => {
    assert.equal(published('26-FEB-1987 15:01:01.79'), '1987-02-26');
  });

  test('RFC 2822 with a numeric offset', () => {
    assert.equal(published('Thu, 01 Oct 2020 14:03:00 +0000'), '2020-10-01T14:03:00Z');
    assert.equal(published('Thu, 01 Oct 2020 14:03:00 -0400'), '2020-10-01T14:03:00-04:00');
  });

  test('RFC 2822 with GMT', () => assert.equal(published('Thu, 01 Oct 2020 14:03:00 GMT'), '2020-10-01T14:03:00Z'));
  test('RFC 2822 with EDT', () =>
    assert.equal(published('Thu, 01 Oct 2020 14:03:00 EDT'), '2020-10-01T14:03:00-04:00'));

  test('"Published 3:05 PM ET, Thu October 1, 2020"', () => {
    const reading = parseStatedDate('Published 3:05 PM ET, Thu October 1, 2020');
    assert.deepEqual(reading, {
      ok: true,
      published: '2020-10-01T15:05-04:00',
      matched: '3:05 PM ET, Thu October 1, 2020',
      precision: 'instant',
    });
  });

  test('"Updated …" and "Posted on …"', () => {
    assert.equal(published('Updated 3:05 p.m. EST Jan. 5, 2021'), '2021-01-05T15:05-05:00');
    assert.equal(published('Posted on October 1, 2020'), '2020-10-01');
  });

  test('NITF norm "20201001T140300Z", with an offset, and the date alone', () => {
    assert.equal(published('20201001T140300Z'), '2020-10-01T14:03:00Z');
    assert.equal(published('20201001T140300-0500'), '2020-10-01T14:03:00-05:00');
    assert.equal(published('20201001'), '2020-10-01');
  });

  test('"10/01/2020" is read in US order', () => {
    assert.equal(published('10/01/2020'), '2020-10-01');
  });

  test('an ambiguous slashed date "01/02/2020" is read month first, and the note says so', () => {
    const reading = parseStatedDate('01/02/2020');
    assert.ok(reading.ok);
    assert.equal(reading.published, '2020-01-02');
    assert.match(reading.note ?? '', /US order, month first .*February 1, 2020/);
  });

  test('"13/01/2020" can only be day first', () => {
    const reading = parseStatedDate('13/01/2020');
    assert.ok(reading.ok);
    assert.equal(reading.published, '2020-01-13');
    assert.match(reading.note ?? '', /13 cannot be a month/);
  });

  test('"October 2020" has month precision', () => {
    assert.equal(published('October 2020'), '2020-10');
    assert.equal(published('2020-10'), '2020-10');
  });

  test('"2020" alone has year precision', () => assert.equal(published('2020'), '2020'));

  test('a Unix time in seconds or milliseconds, when the text is nothing else', () => {
    assert.equal(published('1601560980'), '2020-10-01T14:03:00Z');
    assert.equal(published('1601560980000'), '2020-10-01T14:03:00Z');
    assert.match(refusal('12345'), /not a date/);
  });

  test('a date inside a wire <DATE> element', () => {
    assert.equal(published('<DATE>26-FEB-1987 15:01:01.79</DATE>'), '1987-02-26');
  });
});

describe('parseStatedDate: zones and daylight time', () => {
  test('"ET" is -04:00 in US daylight time and -05:00 outside it, whichever side of the date it is on', () => {
    assert.equal(published('Published 3:05 PM ET, Thu March 5, 2020'), '2020-03-05T15:05-05:00');
    assert.equal(published('Oct 1, 2020 10:03 AM ET'), '2020-10-01T10:03-04:00');
  });

  test('the day daylight time starts (second Sunday of March)', () => {
    assert.equal(published('March 8, 2020 1:30 AM ET'), '2020-03-08T01:30-05:00');
    assert.equal(published('March 8, 2020 3:30 AM ET'), '2020-03-08T03:30-04:00');
  });

  test('"PT" and "CT" follow the same rule', () => {
    assert.equal(published('July 4, 2020 10:00 PT'), '2020-07-04T10:00-07:00');
    assert.equal(published('Dec 4, 2020 10:00 PT'), '2020-12-04T10:00-08:00');
    assert.equal(published('Nov. 2, 2020, 9:00 a.m. CT'), '2020-11-02T09:00-06:00');
  });

  test('UTC, BST and CET', () => {
    assert.equal(published('1 Oct 2020 14:03 UTC'), '2020-10-01T14:03Z');
    assert.equal(published('1 Oct 2020 14:03 BST'), '2020-10-01T14:03+01:00');
    assert.equal(published('1 Jan 2020 14:03 CET'), '2020-01-01T14:03+01:00');
  });

  test('a time without a zone is not one moment: only the calendar date is kept', () => {
    assert.deepEqual(parseStatedDate('October 1, 2020 at 3:05 PM'), {
      ok: true,
      published: '2020-10-01',
      matched: 'October 1, 2020 at 3:05 PM',
      precision: 'day',
    });
    assert.equal(published('2020-10-01T14:03:00'), '2020-10-01');
  });

  test('a time given apart from the date ("Oct. 1, 2020 | 3:05 PM ET") still makes an instant', () => {
    assert.equal(published('Oct. 1, 2020 | 3:05 PM ET'), '2020-10-01T15:05-04:00');
  });
});

describe('parseStatedDate: relative dates', () => {
  const reference = { reference: new Date('2021-03-15T02:30:00Z'), timeZone: 'America/New_York' };

  test('refused without a reference date', () => {
    assert.equal(refusal('2 hours ago'), 'is relative ("2 hours ago") and no reference date is known');
    assert.equal(refusal('yesterday'), 'is relative ("yesterday") and no reference date is known');
    assert.equal(refusal('last Friday'), 'is relative ("last Friday") and no reference date is known');
  });

  test('"yesterday" with a reference is the day before, in the given zone', () => {
    // 02:30 UTC on the 15th is 22:30 on the 14th in New York.
    assert.equal(published('yesterday', reference), '2021-03-13');
  });

  test('"2 hours ago" with a reference is an instant', () => {
    assert.equal(published('2 hours ago', reference), '2021-03-14T20:30:00-04:00');
  });

  test('"last Friday" with a reference', () => assert.equal(published('last Friday', reference), '2021-03-12'));

  test('"last month" and "2 years ago" keep their precision', () => {
    assert.equal(published('last month', reference), '2021-02');
    assert.equal(published('2 years ago', reference), '2019');
  });

  test('a date without a year needs a reference', () => {
    assert.match(refusal('October 1'), /^has no year \("October 1"\)/);
    assert.equal(published('October 1', reference), '2020-10-01');
  });

  test('an absolute date ignores the reference', () => {
    assert.equal(published('October 1, 2020', reference), '2020-10-01');
  });
});

describe('parseStatedDate: refusals', () => {
  test('"February 30, 2020" is impossible, and the reason says why', () => {
    assert.equal(
      refusal('February 30, 2020'),
      'names an impossible date, "February 30, 2020" (February 2020 has 29 days)',
    );
  });

  test('impossible ISO and day-month dates', () => {
    assert.match(refusal('2021-02-29'), /February 2021 has 28 days/);
    assert.match(refusal('31 June 2020'), /June 2020 has 30 days/);
  });

  test('text with no date', () => assert.equal(refusal('no date here'), 'is not a date that can be read'));
  test('empty text', () => assert.equal(refusal('  '), 'is empty, not a date'));

  test('a weekday that contradicts the date', () => {
    assert.equal(
      refusal('Fri, 01 Oct 2020'),
      'contradicts itself: it names a Friday, but October 1, 2020 was a Thursday',
    );
  });
});

describe('findDateLine', () => {
  test('"Published 3:05 PM ET, Thu October 1, 2020" is a date line with its verb', () => {
    const line = findDateLine('Published 3:05 PM ET, Thu October 1, 2020');
    assert.equal(line?.label, 'Published');
    assert.ok(line.reading.ok && line.reading.published === '2020-10-01T15:05-04:00');
  });

  test('a date alone, and with "Updated:" or "Posted on"', () => {
    assert.equal(findDateLine('Oct. 1, 2020')?.label, undefined);
    assert.ok(findDateLine('Oct. 1, 2020')?.reading.ok);
    assert.equal(findDateLine('Updated: Oct. 2, 2020 at 9:00 a.m. ET')?.label, 'Updated');
    assert.equal(findDateLine('Posted on October 1, 2020')?.label, 'Posted');
    assert.equal(findDateLine('Last updated on October 1, 2020')?.label, 'Last updated');
  });

  test('a sentence that mentions a date is not a date line', () => {
    assert.equal(findDateLine('The meeting is on October 1, 2020 in Paris.'), undefined);
    assert.equal(findDateLine('By Jane Doe | October 1, 2020'), undefined);
  });

  test('a bare year is not a date line', () => assert.equal(findDateLine('2020'), undefined));

  test('an impossible date on a date line is still a date line, with the refusal', () => {
    const line = findDateLine('Updated February 30, 2020');
    assert.ok(line && !line.reading.ok);
    assert.match(line.reading.reason, /impossible/);
  });
});
