import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readWire } from '../../src/ingest/formats/wire.ts';
import { bodyBlocks, readArticles, readOnlyArticle } from './reader-helpers.ts';

const articles = (text: string) => readArticles(readWire, text);
const only = (text: string) => readOnlyArticle(readWire, text);

const blocks = bodyBlocks;

const REUTERS = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>cocoa</D></TOPICS>
<PLACES><D>el-salvador</D><D>usa</D></PLACES>
<PEOPLE></PEOPLE>
<UNKNOWN> 
&#5;&#5;&#5;C T
&#22;&#22;&#1;f0704&#31;reute
u f BC-BAHIA-COCOA-REVIEW   02-26 0105</UNKNOWN>
<TEXT>&#2;
<TITLE>BAHIA COCOA REVIEW</TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
the Bahia cocoa zone, alleviating the drought since early
January and improving prospects for the coming temporao,
although normal humidity levels have not been restored,
Comissaria Smith said in its weekly review.
    The dry period means the temporao will be late this year.
    Arrivals for the week ended February 22 were 155,221 bags
of 60 kilos, &lt;Cacex> said, making a cumulative total for the
season of 5.93 mln against 5.81 at the same time last year.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5545" NEWID="2">
<DATE>26-FEB-1987 15:02:20.00</DATE>
<TOPICS></TOPICS>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>STANDARD OIL &lt;SRD> TO FORM FINANCIAL UNIT
</TITLE>
Blah blah blah.
&#3;

</TEXT>
</REUTERS>
`;

describe('readWire: Reuters-21578 SGML', () => {
  const [cocoa, brief] = articles(REUTERS);
  assert.ok(cocoa && brief);

  it('reads every REUTERS element, each named by its NEWID', () => {
    assert.deepEqual(
      articles(REUTERS).map((article) => article.part),
      ['1', '2'],
    );
  });

  it('returns headline, date and topics as written, saying which tag held them', () => {
    assert.deepEqual(cocoa.headline, { value: 'BAHIA COCOA REVIEW', evidence: "the wire's <TITLE> tag" });
    assert.deepEqual(cocoa.date, {
      value: { ok: true, published: '1987-02-26', written: '26-FEB-1987 15:01:01.79' },
      evidence: "the wire's <DATE> tag",
    });
    assert.deepEqual(cocoa.topics, { value: ['cocoa'], evidence: "the wire's <TOPICS> tag" });
    assert.deepEqual(cocoa.publication, {
      value: 'Reuters',
      evidence: 'the Reuters-21578 <REUTERS> element the story is in',
    });
  });

  it('makes paragraphs at indented lines, rejoins the hard-wrapped ones and leads with the dateline', () => {
    assert.deepEqual(blocks(cocoa.body), [
      'SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought ' +
        'since early January and improving prospects for the coming temporao, although normal humidity levels have ' +
        'not been restored, Comissaria Smith said in its weekly review.',
      'The dry period means the temporao will be late this year.',
      'Arrivals for the week ended February 22 were 155,221 bags of 60 kilos, <Cacex> said, making a cumulative ' +
        'total for the season of 5.93 mln against 5.81 at the same time last year.',
    ]);
    assert.deepEqual(cocoa.datingText, blocks(cocoa.body));
  });

  it('decodes entities, strips control characters and drops the sign-off, noting both', () => {
    const text = blocks(cocoa.body).join('\n');
    assert.match(text, /<Cacex>/);
    assert.doesNotMatch(text, /[\u0000-\u0008\u000b-\u001f]|Reuter/);
    assert.deepEqual(cocoa.notes, ['dropped sign-off line "Reuter"', 'removed 2 control characters']);
  });

  it('keeps a TYPE="BRIEF" story as its headline with an empty body, dropping the placeholder text', () => {
    assert.equal(brief.headline?.value, 'STANDARD OIL <SRD> TO FORM FINANCIAL UNIT');
    assert.deepEqual(brief.body, { type: 'root', children: [] });
    assert.equal(brief.topics, undefined);
    assert.ok(brief.notes.includes('dropped "Blah blah blah.": a TYPE="BRIEF" story is its headline only'));
  });

  it('reads TYPE="UNPROC" copy: routing lines dropped, the line in capitals it opens with is the headline', () => {
    const article = only(`<REUTERS NEWID="19"><DATE> 2-MAR-1987 09:10:00.00</DATE><TEXT TYPE="UNPROC">&#2;
&#22;&#22;&#1;f0762&#31;reute
r f BC-OHIO-MATTRESS-&lt;OMT>-M   03-02 0095

OHIO MATTRESS &lt;OMT> MAY HAVE LOWER 1ST QTR NET
    CLEVELAND, March 2 - Ohio Mattress Co said its first
quarter, ending February 28, profits may be below the 6.4 mln
dlrs, or 15 cts a share, earned in the first quarter of fiscal
1986.
 Reuter
&#3;</TEXT></REUTERS>`);
    assert.deepEqual(article.headline, {
      value: 'OHIO MATTRESS <OMT> MAY HAVE LOWER 1ST QTR NET',
      evidence: 'the line in capitals the wire copy opens with',
    });
    assert.deepEqual(blocks(article.body), [
      'CLEVELAND, March 2 - Ohio Mattress Co said its first quarter, ending February 28, profits may be below ' +
        'the 6.4 mln dlrs, or 15 cts a share, earned in the first quarter of fiscal 1986.',
    ]);
    assert.deepEqual(article.notes.slice(0, 3), [
      'dropped transmission line "f0762reute"',
      'dropped transmission line "r f BC-OHIO-MATTRESS-<OMT>-M   03-02 0095"',
      'dropped sign-off line "Reuter"',
    ]);
    assert.equal(article.part, undefined, 'the only article of a file has no part');
  });

  it('reads an <AUTHOR> inside the TEXT as the byline, as written', () => {
    const article = only(`<REUTERS NEWID="7"><TEXT><TITLE>U.S. TRADE DEFICIT</TITLE>
<AUTHOR>    by Peter Torday, Reuters</AUTHOR>
<DATELINE>    WASHINGTON, March 3 - </DATELINE><BODY>The deficit widened.
 REUTER
</BODY></TEXT></REUTERS>`);
    assert.deepEqual(article.authors, { value: ['by Peter Torday, Reuters'], evidence: "the wire's <AUTHOR> tag" });
    assert.deepEqual(blocks(article.body), ['WASHINGTON, March 3 - The deficit widened.']);
    assert.ok(article.notes.includes('dropped sign-off line "REUTER"'));
  });
});

const TREC = `<DOC>
<DOCNO> AP880212-0001 </DOCNO>
<FILEID>AP-NR-02-12-88 2344EST</FILEID>
<FIRST>u i AM-Vietnam-Amnesty 02-12 0398</FIRST>
<SECOND>AM-Vietnam-Amnesty,0411</SECOND>
<HEAD>Reports Former Saigon Officials Released from Re-education Camp</HEAD>
<BYLINE>By JANE DOE</BYLINE>
<BYLINE>Associated Press Writer</BYLINE>
<DATELINE>BANGKOK, Thailand (AP) </DATELINE>
<TEXT>
   More than 150 former officers of the overthrown South Vietnamese government have been released from a re-education camp after 13 years of detention, the official Vietnam News Agency reported Saturday.
   The report from Hanoi, monitored in Bangkok, did not give specific figures.
   \`\`They were freed,'' the agency said.
</TEXT>
</DOC>
<DOC>
<DOCNO> AP880212-0002 </DOCNO>
<FILEID>AP-NR-02-12-88 2346EST</FILEID>
<HEAD>Today in History</HEAD>
<HEAD>An AP Feature</HEAD>
<TEXT>
   Today is Saturday, Feb. 13, the 44th day of 1988.
</TEXT>
<HEAD>Ten years ago</HEAD>
<TEXT>
   Israel and Egypt held talks.
</TEXT>
</DOC>
`;

describe('readWire: TREC/TIPSTER SGML', () => {
  const [amnesty, history] = articles(TREC);
  assert.ok(amnesty && history);

  it('reads every DOC, each named by its DOCNO', () => {
    assert.deepEqual([amnesty.part, history.part], ['AP880212-0001', 'AP880212-0002']);
  });

  it('returns every BYLINE as written, the headline, and the transmission stamp as the date', () => {
    assert.deepEqual(amnesty.authors, {
      value: ['By JANE DOE', 'Associated Press Writer'],
      evidence: "the wire's <BYLINE> tags",
    });
    assert.equal(amnesty.headline?.value, 'Reports Former Saigon Officials Released from Re-education Camp');
    assert.deepEqual(amnesty.date, {
      value: { ok: true, published: '1988-02-12', written: 'AP-NR-02-12-88 2344EST' },
      evidence: "the wire's <FILEID> transmission stamp",
    });
  });

  it('reads the publication from the dateline credit, and leads with the dateline, AP style', () => {
    assert.deepEqual(amnesty.publication, {
      value: 'AP',
      evidence: `the "(AP)" credit in the wire's <DATELINE> tag`,
    });
    assert.deepEqual(blocks(amnesty.body), [
      'BANGKOK, Thailand (AP) — More than 150 former officers of the overthrown South Vietnamese government have ' +
        'been released from a re-education camp after 13 years of detention, the official Vietnam News Agency ' +
        'reported Saturday.',
      'The report from Hanoi, monitored in Bangkok, did not give specific figures.',
      "``They were freed,'' the agency said.",
    ]);
  });

  it('reads a DOC in several HEAD/TEXT parts: second HEAD as the dek, later ones as subheadings', () => {
    assert.equal(history.headline?.value, 'Today in History');
    assert.deepEqual(history.dek, { value: 'An AP Feature', evidence: "the wire's second <HEAD> tag" });
    assert.deepEqual(history.body.children[1], {
      type: 'heading',
      depth: 2,
      children: [{ type: 'text', value: 'Ten years ago' }],
    });
    assert.deepEqual(blocks(history.body), [
      'Today is Saturday, Feb. 13, the 44th day of 1988.',
      'Ten years ago',
      'Israel and Egypt held talks.',
    ]);
  });

  it('reads LA Times DOCs: tags holding <P>s, the paragraphs they mark', () => {
    const article = only(`<DOC>
<DOCNO> LA010189-0001 </DOCNO>
<DATE><P>January 1, 1989, Sunday, Home Edition </P></DATE>
<HEADLINE><P>NEW YEAR'S DAY</P></HEADLINE>
<BYLINE><P>By JOHN SMITH, Times Staff Writer</P></BYLINE>
<TEXT><P>The city woke up
slowly.</P>
<P>Then it rained.</P></TEXT>
</DOC>`);
    assert.deepEqual(article.date, {
      value: { ok: true, published: '1989-01-01', written: 'January 1, 1989, Sunday, Home Edition' },
      evidence: "the wire's <DATE> tag",
    });
    assert.equal(article.headline?.value, "NEW YEAR'S DAY");
    assert.deepEqual(article.authors?.value, ['By JOHN SMITH, Times Staff Writer']);
    assert.deepEqual(blocks(article.body), ['The city woke up slowly.', 'Then it rained.']);
  });
});

const NITF = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "nitf-3-4.dtd">
<nitf>
  <head>
    <title>Storm hits coast</title>
    <tobject tobject.type="news"><tobject.subject tobject.subject.refnum="17000000" tobject.subject.matter="weather"/></tobject>
    <docdata>
      <doc-id id-string="GAZ-2020-1001-17"/>
      <date.issue norm="20201001T140300Z"/>
      <key-list><keyword key="hurricanes"/></key-list>
    </docdata>
    <pubdata name="The Gazette" type="web"/>
  </head>
  <body>
    <body.head>
      <hedline><hl1>STORM HITS COAST</hl1><hl2>Thousands leave their homes</hl2></hedline>
      <byline>By <person>Jos&eacute; D&iacute;az</person>, <byline.title>Staff Writer</byline.title></byline>
      <dateline><location>MIAMI</location> (AP)</dateline>
    </body.head>
    <body.content>
      <p>A storm &mdash; the <em>worst</em> in years &mdash; hit <a href="https://example.com/map">the coast</a>
        on Thursday.</p>
      <media media-type="image">
        <media-reference source="waves.jpg"/>
        <media-caption>Waves at the pier in 2019.</media-caption>
        <media-producer>AP Photo</media-producer>
      </media>
      <hl2>Aftermath</hl2>
      <p>Power is out in <a href="javascript:alert(1)">parts</a> of the city.</p>
      <p>-- AP</p>
    </body.content>
    <body.end><tagline>Contact the newsroom at news@example.com</tagline></body.end>
  </body>
</nitf>`;

describe('readWire: NITF', () => {
  const article = only(NITF);

  it('reads the head and body.head metadata as written', () => {
    assert.deepEqual(article.headline, { value: 'STORM HITS COAST', evidence: 'the NITF <hl1> headline' });
    assert.deepEqual(article.dek, { value: 'Thousands leave their homes', evidence: 'the NITF <hl2> subheadline' });
    assert.deepEqual(article.date, {
      value: { ok: true, published: '2020-10-01T14:03:00Z', written: '20201001T140300Z' },
      evidence: 'the NITF <date.issue norm> attribute',
    });
    assert.deepEqual(article.authors, { value: ['By José Díaz, Staff Writer'], evidence: 'the NITF <byline>' });
    assert.deepEqual(article.publication, { value: 'The Gazette', evidence: 'the NITF <pubdata name> attribute' });
    assert.deepEqual(article.topics, {
      value: ['weather', 'hurricanes'],
      evidence: 'the NITF <tobject.subject> and <keyword> tags',
    });
  });

  it('turns body.content into mdast: emphasis, http links, subheads, the media caption', () => {
    assert.deepEqual(article.body.children[0], {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'MIAMI (AP) — A storm — the ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'worst' }] },
        { type: 'text', value: ' in years — hit ' },
        { type: 'link', url: 'https://example.com/map', children: [{ type: 'text', value: 'the coast' }] },
        { type: 'text', value: ' on Thursday.' },
      ],
    });
    assert.deepEqual(article.body.children[1], {
      type: 'containerDirective',
      name: 'caption',
      attributes: { credit: 'AP Photo' },
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Waves at the pier in 2019.' }] }],
    });
    assert.deepEqual(blocks(article.body).slice(2), ['Aftermath', 'Power is out in parts of the city.']);
  });

  it('leaves captions out of the dating text', () => {
    assert.ok(!article.datingText.some((text) => text.includes('2019')));
    assert.equal(article.datingText.length, 3);
  });

  it('notes the dropped picture, the non-http link, the sign-off and the body.end', () => {
    assert.deepEqual(article.notes, [
      'dropped an NITF image, kept its caption',
      'dropped the NITF <body.end> ("Contact the newsroom at news@example.com")',
      'dropped sign-off line "-- AP"',
      'link that is not http(s) kept as its text (1)',
    ]);
  });

  it('names several NITF documents of one file by their doc-id', () => {
    const two = articles(
      `<nitfs>${NITF.replace(/^<\?xml.*\n.*\n/, '')}${NITF.replace(/^<\?xml.*\n.*\n/, '').replace('GAZ-2020-1001-17', 'GAZ-2020-1001-18')}</nitfs>`,
    );
    assert.deepEqual(
      two.map((a) => a.part),
      ['GAZ-2020-1001-17', 'GAZ-2020-1001-18'],
    );
  });
});

describe('readWire: datelines', () => {
  it('does not double a dateline the copy already opens with', () => {
    const article = only(`<DOC><DOCNO>X1</DOCNO><DATELINE>WASHINGTON (AP) </DATELINE><TEXT>
   WASHINGTON (AP) — The Senate voted on Friday.
</TEXT></DOC>`);
    assert.deepEqual(blocks(article.body), ['WASHINGTON (AP) — The Senate voted on Friday.']);
  });

  it('keeps a Reuters dateline with its own dash, normalising only the white space around it', () => {
    const article = only(`<REUTERS NEWID="5"><TEXT><TITLE>T</TITLE><DATELINE>
      NEW YORK,   Feb 26 -   </DATELINE><BODY>   Stocks rose.
</BODY></TEXT></REUTERS>`);
    assert.deepEqual(blocks(article.body), ['NEW YORK, Feb 26 - Stocks rose.']);
  });

  it('reads the credit of a dateline printed at the start of the copy', () => {
    const article = only(`<DOC><HEAD>Oil rises</HEAD><TEXT>
LONDON, Oct 1 (Reuters) - Oil prices rose on Thursday.
</TEXT></DOC>`);
    assert.deepEqual(article.publication, {
      value: 'Reuters',
      evidence: 'the "(Reuters)" credit in the dateline the story opens with',
    });
  });
});

describe('readWire: wire copy', () => {
  const copy = (body: string) => only(`<DOC><HEAD>H</HEAD><TEXT>${body}</TEXT></DOC>`);

  it('drops every kind of sign-off and transmission line at the end', () => {
    for (const line of [
      'Reuter',
      'REUTER',
      'Reuters',
      '-- AP',
      'AP-NY-10-01-20 1403EDT',
      '(END)',
      '-30-',
      '###',
      'NNNN',
    ]) {
      const article = copy(`The story ends here.\n  ${line}\n`);
      assert.deepEqual(blocks(article.body), ['The story ends here.'], line);
      assert.ok(article.notes.includes(`dropped sign-off line "${line}"`), line);
    }
  });

  it('keeps a word that only looks like a sign-off inside the story', () => {
    assert.deepEqual(blocks(copy('Reuters\nreported the deal on Monday, sources said.').body), [
      'Reuters reported the deal on Monday, sources said.',
    ]);
  });

  it('rejoins hard-wrapped lines, a word broken at a hyphen without a space', () => {
    const article = copy(`The company said its long-
term outlook was good and that it would raise its dividend
by five cts a share next quarter, the first rise in years.
Net income rose 10 pct.
`);
    assert.deepEqual(blocks(article.body), [
      'The company said its long-term outlook was good and that it would raise its dividend by five cts a share ' +
        'next quarter, the first rise in years. Net income rose 10 pct.',
    ]);
  });

  it('ends a paragraph at a blank line and after a hard-wrapped line that ends early', () => {
    const article = copy(`Shares of the company rose sharply in early trading on the news
of the merger, dealers said.
Shr 1.20 dlrs vs 1.10 dlrs, the company said in a statement today.

Second paragraph after a blank line.`);
    assert.deepEqual(blocks(article.body), [
      'Shares of the company rose sharply in early trading on the news of the merger, dealers said.',
      'Shr 1.20 dlrs vs 1.10 dlrs, the company said in a statement today.',
      'Second paragraph after a blank line.',
    ]);
  });

  it('links spelled-out http(s) URLs in copy', () => {
    const [paragraph] = copy('Details at https://example.com/report today.').body.children;
    assert.deepEqual(paragraph, {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Details at ' },
        {
          type: 'link',
          url: 'https://example.com/report',
          children: [{ type: 'text', value: 'https://example.com/report' }],
        },
        { type: 'text', value: ' today.' },
      ],
    });
  });
});

describe('readWire: files and parts', () => {
  it('refuses a file with no article in it', () => {
    const outcome = readWire('<?xml version="1.0"?><catalog><item>Nothing here</item></catalog>');
    assert.equal(outcome.ok, false);
    assert.ok(!outcome.ok && outcome.problem.field === 'body' && /no article/.test(outcome.problem.reason));
  });

  it('returns an article with no body text, with an empty body, among the others', () => {
    const [empty, full] = articles(
      '<DOC><DOCNO>A</DOCNO><HEAD>Only a head</HEAD></DOC><DOC><DOCNO>B</DOCNO><TEXT>Text.</TEXT></DOC>',
    );
    assert.deepEqual(empty?.body, { type: 'root', children: [] });
    assert.equal(empty?.headline?.value, 'Only a head');
    assert.deepEqual(blocks(full?.body ?? { type: 'root', children: [] }), ['Text.']);
  });

  it('names articles without an id, or with a shared one, by their position', () => {
    const parts = articles(
      '<DOC><TEXT>a</TEXT></DOC><DOC><DOCNO>X</DOCNO><TEXT>b</TEXT></DOC><DOC><DOCNO>X</DOCNO><TEXT>c</TEXT></DOC>',
    ).map((article) => article.part);
    assert.deepEqual(parts, ['1', '2', '3']);
  });

  it('reads a DOC left unclosed as its own article, not part of the one before', () => {
    const parts = articles('<DOC><DOCNO>A</DOCNO><TEXT>first</TEXT>\n<DOC><DOCNO>B</DOCNO><TEXT>second</TEXT></DOC>');
    assert.deepEqual(
      parts.map((article) => [article.part, blocks(article.body)]),
      [
        ['A', ['first']],
        ['B', ['second']],
      ],
    );
  });

  it('reads bare tags with no article element as one article', () => {
    const article = only('<HEADLINE>Council votes</HEADLINE>\n<TEXT>The council voted on Monday.</TEXT>');
    assert.equal(article.headline?.value, 'Council votes');
    assert.deepEqual(blocks(article.body), ['The council voted on Monday.']);
  });
});
