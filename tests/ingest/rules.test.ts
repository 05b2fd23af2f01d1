import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildEntry } from '../../src/ingest/deciding/build-entry.ts';
import { sha256Hex } from '../../src/ingest/writing/entry-hash.ts';
import { hashEntry, isUntouched, sealEntry } from '../../src/ingest/writing/entry-hash.ts';
import { inferDate } from '../../src/ingest/deciding/infer-date.ts';
import { makeSlug, makeUniqueSlug } from '../../src/ingest/deciding/make-slug.ts';
import { parseOverrides } from '../../src/ingest/deciding/overrides.ts';
import { overrideReason } from '../../src/ingest/deciding/overrides-schema.ts';
import { readArticle } from '../../src/ingest/formats/text/read-article.ts';
import { makeBlock, splitBlocks } from '../../src/ingest/formats/text/blocks.ts';
import { dropBoilerplate } from '../../src/ingest/formats/text/boilerplate.ts';
import { readByline } from '../../src/ingest/formats/text/byline.ts';
import { readCaption, readCaptionAt } from '../../src/ingest/formats/text/captions.ts';
import { readDateLine } from '../../src/ingest/formats/text/date-line.ts';
import { deriveHeadline, looksLikeHeadline } from '../../src/ingest/formats/text/headline.ts';
import { isSubheading } from '../../src/ingest/formats/text/subheadings.ts';
import { gatherTweets, readTweet, type Tweet, tweetLength } from '../../src/ingest/formats/text/tweets.ts';

const block = (text: string) => makeBlock(text.split('\n'));

describe('blocks', () => {
  it('splits at blank lines and turns no-break spaces into plain spaces', () => {
    assert.deepEqual(
      splitBlocks('a\u00a0 b\n\n\nc\nd\n').map((b) => b.lines),
      [['a b'], ['c', 'd']],
    );
  });
  it('rejoins hard-wrapped lines, keeping the hyphen of a compound broken at the wrap', () => {
    assert.deepEqual(
      splitBlocks('The long-\nclosed yard will\nbecome a park.\n').map((b) => b.text),
      ['The long-closed yard will become a park.'],
    );
  });
  it('starts a paragraph at each first-line indent when the other lines are not indented', () => {
    assert.deepEqual(
      splitBlocks('   One paragraph that\nwraps here.\n   Another one\nthat wraps.\n').map((b) => b.text),
      ['One paragraph that wraps here.', 'Another one that wraps.'],
    );
  });
  it('takes each line longer than a hard wrap as a paragraph of its own', () => {
    const long = 'x'.repeat(120);
    assert.deepEqual(
      splitBlocks(`${long}\n${long}\n`).map((b) => b.text),
      [long, long],
    );
  });
  it('reads "- ", "* " and "• " lines as one list, across blank lines, and "* * *" as no list', () => {
    const [list, rule] = splitBlocks('- one\n* two\n  continued\n\n• three\n\n* * *\n');
    assert.deepEqual(list?.items, ['one', 'two continued', 'three']);
    assert.equal(rule?.items, undefined);
  });
});

describe('date line', () => {
  it('reads the date and keeps the rest of the line as text', () => {
    assert.deepEqual(readDateLine(' date 2020-11-11 "Quote," he said\n\nNext'), {
      date: '2020-11-11',
      line: 'date 2020-11-11',
      rest: '"Quote," he said',
    });
  });
  it('reads an impossible date as written, never corrected (deciding the entry refuses it)', () => {
    assert.equal(readDateLine(' date 2020-02-30 Text')?.date, '2020-02-30');
    const built = buildEntry({ name: 'x.txt', bytes: new TextEncoder().encode(' date 2020-02-30 Text. More.\n') });
    assert.equal(!built.ok && built.problems[0]?.field, 'published');
    assert.match(!built.ok ? (built.problems[0]?.reason ?? '') : '', /impossible date/);
  });
  it('ignores a first line that is not a date line', () => {
    assert.equal(readDateLine('Dated stories are rare'), undefined);
  });
});

describe('headline', () => {
  it('takes a one-line title without a final period as a headline', () => {
    assert.equal(
      looksLikeHeadline(block('UPDATE: How John Legend & Wife Chrissy Teigen Are Mourning Their Son')),
      true,
    );
  });
  it('does not take a sentence ending in a period or a quote after a period as a headline', () => {
    assert.equal(looksLikeHeadline(block('The couple shared the news.')), false);
    assert.equal(looksLikeHeadline(block('She said, "We are fine."')), false);
  });
  it('does not take two sentences or an over-long line as a headline', () => {
    assert.equal(looksLikeHeadline(block('One thing happened. Then another thing happened')), false);
    assert.equal(looksLikeHeadline(block('x'.repeat(121))), false);
  });
  it('keeps a first sentence of at most 100 characters whole, without its period', () => {
    assert.deepEqual(deriveHeadline('Chrissy Teigen is opening up about her miscarriage. The model said more.'), {
      text: 'Chrissy Teigen is opening up about her miscarriage',
      rule: 'first sentence of the lede',
    });
  });
  it('cuts a long first sentence before the latest clause opener that leaves at most 100 characters', () => {
    assert.deepEqual(
      deriveHeadline(
        'Chrissy Teigen has broken her social media silence to pen a heartbreaking message to fans following the loss of her and her husband John Legend’s baby boy Jack.',
      ),
      {
        text: 'Chrissy Teigen has broken her social media silence to pen a heartbreaking message to fans',
        rule: 'first clause of the lede',
      },
    );
  });
  it('prefers a cut at a comma when it gives the longest headline', () => {
    assert.equal(
      deriveHeadline(
        'The mayor of the small coastal town announced a sweeping new plan for the harbour front, which residents had opposed for a decade.',
      )?.text,
      'The mayor of the small coastal town announced a sweeping new plan for the harbour front',
    );
  });
  it('does not cut so short that fewer than 30 characters remain', () => {
    const headline = deriveHeadline(
      'He said that the extraordinarily long and winding municipal infrastructure renovation programme will run for years.',
    )?.text;
    assert.ok(headline && headline.length >= 30 && headline.length <= 100, headline);
  });
});

describe('byline', () => {
  it('reads one author', () => {
    assert.deepEqual(readByline('By Ingrid Mateos'), ['Ingrid Mateos']);
  });
  it('splits "A and B" and "A, B and C"', () => {
    assert.deepEqual(readByline('By Ana Lee and Bo Chen'), ['Ana Lee', 'Bo Chen']);
    assert.deepEqual(readByline('By Ana Lee, Bo Chen and Cy Diaz'), ['Ana Lee', 'Bo Chen', 'Cy Diaz']);
    assert.deepEqual(readByline('By Ana Lee, Bo Chen, and Cy Diaz'), ['Ana Lee', 'Bo Chen', 'Cy Diaz']);
  });
  it('does not take a sentence starting with "By" as a byline', () => {
    assert.equal(readByline('By the time she arrived, the show was over.'), undefined);
  });
});

describe('tweets', () => {
  it('reads name, handle and date from the last attribution and keeps dashes in the text', () => {
    const tweet = readTweet('Luna, and Miles—Doug and I are sorry. — Kamala Harris (@KamalaHarris) October 1, 2020');
    assert.deepEqual(
      { text: tweet?.paragraphs, by: tweet?.by, handle: tweet?.handle, date: tweet?.date },
      {
        text: ['Luna, and Miles—Doug and I are sorry.'],
        by: 'Kamala Harris',
        handle: 'KamalaHarris',
        date: '2020-10-01',
      },
    );
  });
  it('accepts a name with an emoji', () => {
    assert.equal(readTweet('Love. — Mac Lethal 🧢 (@MacLethal) October 1, 2020')?.by, 'Mac Lethal 🧢');
  });
  it('counts a URL as 23 characters', () => {
    assert.equal(tweetLength('see https://example.com/a/very/long/path/that/goes/on/and/on'), 4 + 23);
  });
  it('merges loose paragraphs between two tweets into the second when the whole fits in 280 characters', () => {
    const items = gatherTweets([
      block('First. — A (@a) October 1, 2020'),
      block('I am so deeply sorry.'),
      block('Take your time. — B (@b) October 1, 2020'),
    ]);
    assert.equal(items.length, 2);
    assert.deepEqual((items[1] as Tweet).paragraphs, ['I am so deeply sorry.', 'Take your time.']);
  });
  it('leaves loose paragraphs alone when merging would exceed 280 characters', () => {
    const items = gatherTweets([
      block('First. — A (@a) October 1, 2020'),
      block('Long prose. '.repeat(25).trim()),
      block('Take your time. — B (@b) October 1, 2020'),
    ]);
    assert.equal(items.length, 3);
  });
  it('does not merge paragraphs that do not follow a tweet', () => {
    const items = gatherTweets([block('Prose.'), block('Take your time. — B (@b) October 1, 2020')]);
    assert.equal(items.length, 2);
  });
});

describe('captions', () => {
  it('reads a short line ending in a parenthesised credit', () => {
    assert.deepEqual(readCaption(block('John Legend & Chrissy Teigen (Twitter)')), {
      kind: 'caption',
      text: 'John Legend & Chrissy Teigen',
      credit: 'Twitter',
    });
  });
  it('reads a line that starts with a credit word, and the name line above it as its label', () => {
    assert.deepEqual(
      readCaptionAt([block('Chrissy Teigen'), block('Getty Chrissy Teigen and John Legend in 2018.')], 0)?.caption,
      {
        kind: 'caption',
        text: 'Chrissy Teigen and John Legend in 2018.',
        credit: 'Getty',
        label: 'Chrissy Teigen',
      },
    );
  });
  it('prefers the longer credit "Getty Images" over "Getty"', () => {
    assert.equal(readCaption(block('Getty Images The couple in 2019.'))?.credit, 'Getty Images');
  });
  it('does not take prose that starts with an agency name as a caption', () => {
    assert.equal(readCaption(block('Reuters reported that the talks had failed.')), undefined);
    assert.equal(
      readCaption(
        block(
          'She posted on Instagram (Twitter)? No, this is a long sentence that keeps going on and on and on and on and on and on.',
        ),
      ),
      undefined,
    );
  });
});

describe('subheadings', () => {
  it('takes a short Title Case line without final punctuation as a subheading', () => {
    assert.equal(isSubheading(block('Chrissy Teigen Opened Up About Her Loss in an Essay')), true);
  });
  it('does not take a sentence-case line or a sentence as a subheading', () => {
    assert.equal(isSubheading(block('She opened up about her loss in an essay')), false);
    assert.equal(isSubheading(block('Chrissy Teigen Opened Up About Her Loss.')), false);
  });
});

describe('boilerplate', () => {
  it('drops known prompts anywhere and keeps the story', () => {
    const { kept, dropped } = dropBoilerplate([
      block('Story.'),
      block('RELATED VIDEO: Something'),
      block('More story.'),
    ]);
    assert.deepEqual(
      kept.map((b) => b.text),
      ['Story.', 'More story.'],
    );
    assert.equal(dropped.length, 1);
  });
  it('drops a trailing block of short lines from a tail marker on, unknown lines included', () => {
    const { kept, dropped } = dropBoilerplate([
      block('Story.'),
      block('In this Story'),
      block('Some tag'),
      block('Keep reading'),
    ]);
    assert.deepEqual(
      kept.map((b) => b.text),
      ['Story.'],
    );
    assert.equal(dropped.length, 3);
  });
  it('keeps a tail that contains a long line of prose', () => {
    const { kept } = dropBoilerplate([block('Keep reading'), block('x '.repeat(100))]);
    assert.equal(kept.length, 1);
  });
});

describe('article parts', () => {
  it('drops the byline from the body and keeps the dek between headline and byline', () => {
    const parts = readArticle('Big News Today\n\nA dek line.\n\nBy Ana Lee\n\nThe lede. It is long.\n\nMore.');
    assert.deepEqual(
      {
        headline: parts.headline,
        dek: parts.dek,
        authors: parts.byline?.authors,
        lede: parts.lede,
        body: parts.body.length,
      },
      { headline: 'Big News Today', dek: 'A dek line.', authors: ['Ana Lee'], lede: 'The lede. It is long.', body: 2 },
    );
  });
});

describe('date inference', () => {
  it('resolves "last year" against a year put on the same event', () => {
    const found = inferDate([
      'She had a miscarriage back in 2020 and grieved.',
      'She experienced this last year when she had a miscarriage.',
    ]);
    assert.equal(found?.published, '2021');
  });
  it('takes no date the body merely mentions, however late (see infer-date.test.ts)', () => {
    assert.equal(inferDate(['On March 3, 2019 it began.', 'By June 5, 2019 it ended.']), undefined);
  });
  it('finds no evidence in month-day mentions without a year or in relative words', () => {
    assert.equal(inferDate(['On November 24 she spoke.', 'Today she posted.', 'They wed in 2013.']), undefined);
  });
});

describe('slug', () => {
  it('puts story- before a slug of digits only or "page", which would name a date archive folder', () => {
    assert.equal(makeSlug('2020'), 'story-2020');
    assert.equal(makeSlug('Page'), 'story-page');
    assert.equal(makeSlug('2020 in review'), '2020-in-review');
  });
  it('cuts a long slug at a hyphen within 80 characters', () => {
    const slug = makeSlug('word '.repeat(30));
    assert.ok(slug.length <= 80 && !slug.endsWith('-'));
  });
  it('appends -2, -3 while the URL is taken', () => {
    const taken = new Set(['a-b', 'a-b-2']);
    assert.equal(
      makeUniqueSlug('a-b', (s) => taken.has(s)),
      'a-b-3',
    );
  });
});

describe('entry hash', () => {
  const text = `---\ningest:\n  entrySha256: "${'0'.repeat(64)}"\n---\n\nBody\n`;
  it('is the same whatever hash value the line holds', () => {
    assert.equal(hashEntry(sealEntry(text)), hashEntry(text));
  });
  it('tells an untouched entry from an edited one', () => {
    const sealed = sealEntry(text);
    assert.equal(isUntouched(sealed), true);
    assert.equal(isUntouched(sealed.replace('Body', 'Edited')), false);
    assert.equal(isUntouched('---\nheadline: "x"\n---\n'), false);
  });
});

describe('overrides', () => {
  it('refuses a file given twice, or a field given twice, naming the key and both lines', () => {
    const twice = (yaml: string) => parseOverrides(yaml).broken;
    assert.equal(
      twice('a.txt:\n  topics: ["Grief"]\n  reason: "x"\nb.txt:\n  reason: "y"\na.txt:\n  reason: "z"\n'),
      'content/overrides.yaml: (file): is not valid YAML: the key "a.txt" is given twice, on lines 1 and 6',
    );
    assert.equal(
      twice('a.txt:\n  topics: ["Grief"]\n  reason: "x"\n  topics: ["Floods"]\n'),
      'content/overrides.yaml: (file): is not valid YAML: the key "topics" is given twice, on lines 2 and 4',
    );
    assert.match(twice('a.txt: [\n') ?? '', /^content\/overrides\.yaml: \(file\): is not valid YAML: /);
  });
  it('names the file and field of a bad key', () => {
    const { problems } = parseOverrides('a.txt:\n  dat: "2020-01-01"\n  reason: "x"\n');
    assert.match(
      problems.get('a.txt')?.[0] ?? '',
      /^content\/overrides\.yaml: a\.txt\.dat: is not a field of an override/,
    );
  });
  it('takes a field’s own reason from reasons, and reason for the rest', () => {
    const { byFile, problems } = parseOverrides(
      'a.txt:\n  date: "2020-01-01"\n  topics: ["Grief"]\n  reason: "Dated by the desk."\n' +
        '  reasons:\n    topics: "Subject headings assigned by the editors."\n',
    );
    assert.deepEqual(problems, new Map());
    const override = byFile.get('a.txt')!;
    assert.deepEqual(
      { date: overrideReason(override, 'date'), topics: overrideReason(override, 'topics') },
      { date: 'Dated by the desk.', topics: 'Subject headings assigned by the editors.' },
    );
  });
  it('takes a bound with the date it bounds, and names a bound without a date', () => {
    const { byFile, problems } = parseOverrides(
      'a.txt:\n  date: "2020-11-30"\n  bound: "earliest"\n  reason: "r"\nb.txt:\n  bound: "latest"\n  reason: "r"\n',
    );
    assert.equal(byFile.get('a.txt')?.bound, 'earliest');
    assert.deepEqual(problems.get('b.txt'), [
      'content/overrides.yaml: b.txt.bound: needs the date it bounds: set date too',
    ]);
  });

  it('names a reasons key that is no field, or a field the override does not set', () => {
    const { problems } = parseOverrides(
      'a.txt:\n  topics: ["Grief"]\n  reason: "x"\n  reasons:\n    topic: "y"\n    date: "z"\n',
    );
    assert.deepEqual(problems.get('a.txt'), [
      'content/overrides.yaml: a.txt.reasons.topic: is not a field of an override ' +
        '(allowed: date, bound, headline, dek, authors, publication, topics, people)',
      'content/overrides.yaml: a.txt.reasons.date: gives a reason for date, which this override does not set',
    ]);
  });
  it('wants reasons to be a map of non-empty reasons', () => {
    const problems = (yaml: string) => parseOverrides(`a.txt:\n  topics: ["Grief"]\n  reason: "x"\n${yaml}`).problems;
    assert.deepEqual(problems('  reasons: "y"\n').get('a.txt'), [
      'content/overrides.yaml: a.txt.reasons: must map fields of this override to reasons',
    ]);
    assert.deepEqual(problems('  reasons:\n    topics: " "\n').get('a.txt'), [
      'content/overrides.yaml: a.txt.reasons.topics: must not be empty',
    ]);
  });
  it('requires a reason and a valid date', () => {
    const { problems } = parseOverrides('a.txt:\n  date: "2020-02-30"\n');
    assert.deepEqual(
      problems
        .get('a.txt')
        ?.map((l) => l.split(': ')[1])
        .sort(),
      ['a.txt.date', 'a.txt.reason'],
    );
  });
});

describe('building an entry', () => {
  const build = (text: string, override?: Parameters<typeof buildEntry>[0]['override']) =>
    buildEntry({ name: 'x.txt', bytes: new TextEncoder().encode(text), ...(override ? { override } : {}) });

  it('refuses a source with nothing but boilerplate: no body', () => {
    const result = build(' date 2020-10-01 \n\nKeep reading\n\nMore on Celebrity\n');
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.problems[0]?.field, 'body');
  });
  it('lets an override date stand in for an impossible date line, recorded as an editor decision', () => {
    const result = build(' date 2020-02-30 Something happened that day. More.\n', {
      date: '2020-03-01',
      reason: 'Checked with the desk.',
    });
    assert.ok(result.ok);
    assert.deepEqual(
      { published: result.data.published, provenance: result.data.provenance.published },
      { published: '2020-03-01', provenance: { method: 'editor', evidence: 'Checked with the desk.' } },
    );
  });
  it('names the people found in the text, without the authors, as inferred with its evidence', () => {
    const text =
      'Talks end\n\n date 2020-10-01\n\nBy Maya Chen\n\nMaya Chen asked Tom Reyes and Rosa Delgado. Reyes agreed.\n';
    const result = buildEntry({
      name: 'x.txt',
      bytes: new TextEncoder().encode(text),
      people: { deny: ['Rosa Delgado'] },
    });
    assert.ok(result.ok);
    assert.deepEqual(
      { people: result.data.people, provenance: result.data.provenance.people },
      {
        people: ['Tom Reyes'],
        provenance: {
          method: 'inferred',
          evidence: 'names found in the text by compromise, checked against the people lists in content/ingest.yaml',
        },
      },
    );
  });
  it('lets an override set the people, with its reason', () => {
    const result = build(' date 2020-10-01 Tom Reyes spoke. More.\n', {
      people: ['Rosa Delgado'],
      reason: 'Checked with the desk.',
    });
    assert.ok(result.ok);
    assert.deepEqual(
      { people: result.data.people, provenance: result.data.provenance.people },
      { people: ['Rosa Delgado'], provenance: { method: 'editor', evidence: 'Checked with the desk.' } },
    );
  });
  it('records the source file and the SHA-256 of its raw bytes', () => {
    const text = ' date 2020-10-01 Something happened that day. More.\n';
    const result = build(text);
    assert.ok(result.ok);
    assert.deepEqual(result.data.source, {
      path: 'content/sources/x.txt',
      sha256: sha256Hex(new TextEncoder().encode(text)),
    });
  });
});
