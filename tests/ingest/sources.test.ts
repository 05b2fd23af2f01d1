import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { visit } from 'unist-util-visit';
import { parse } from 'yaml';
import { buildEntry } from '../../src/ingest/deciding/build-entry.ts';
import { ingestConfigSchema } from '../../src/ingest/ingest-config.ts';
import { parseOverrides } from '../../src/ingest/deciding/overrides.ts';
import { renderEntry } from '../../src/ingest/writing/render-entry.ts';
import { splitFrontMatter } from '../../src/entry/front-matter.ts';
import { articleSchema } from '../../src/entry/article.ts';
import { parseBody, REPO } from './helpers.ts';

const overrides = parseOverrides(readFileSync(join(REPO, 'content/overrides.yaml'), 'utf8'));
const { people } = ingestConfigSchema.parse(parse(readFileSync(join(REPO, 'content/ingest.yaml'), 'utf8')));

function ingest(name: string) {
  const bytes = readFileSync(join(REPO, 'content/sources', name));
  const result = buildEntry({ name, bytes, people, override: overrides.byFile.get(name) });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const text = renderEntry(result.data, result.body);
  const body = parseBody(splitFrontMatter(text)!.body);
  const count = (name: string) => {
    let n = 0;
    visit(body, 'containerDirective', (node) => {
      if (node.name === name) n += 1;
    });
    return n;
  };
  let headings = 0;
  visit(body, 'heading', (node) => {
    assert.equal(node.depth, 2);
    headings += 1;
  });
  return { data: result.data, text, quotes: count('quote'), captions: count('caption'), headings };
}

const boilerplate = [
  'RELATED VIDEO',
  'READ NEXT',
  'In this Story',
  'Get all the news in your email',
  'The latest on celebrity gossip',
  'You must complete your e-mail',
  'You are already subscribed',
  'Subscribing implies',
  'Keep reading',
  'More on Celebrity',
];

const expected = [
  {
    name: '000_6fb0a694fac15da0.txt',
    headline: 'John Legend is showing gratitude for those who supported him and wife Chrissy Teigen',
    headlineMethod: 'derived',
    published: '2020-11-11',
    publishedMethod: 'source',
    authors: undefined,
    quotes: 0,
    captions: 0,
    headings: 0,
    topics: ['Pregnancy loss', 'Celebrity news', 'Grief'],
    people: ['Chrissy Teigen', 'John Legend', 'Luna Simone', 'Miles Theodore'],
  },
  {
    name: '001_17482f6af291a5f5.txt',
    headline: "John Legend Said He's Glad Chrissy Teigen Spoke Out About The Loss Of Their Son",
    headlineMethod: 'source',
    published: '2021',
    publishedMethod: 'inferred',
    authors: ['Ingrid Mateos'],
    quotes: 0,
    captions: 1,
    headings: 0,
    topics: ['Pregnancy loss', 'Celebrity news', 'Photography'],
    people: ['Chrissy Teigen', 'John Legend', 'Jack Stephens'],
  },
  {
    name: '002_d17c487081642dcc.txt',
    headline: 'Chrissy Teigen is opening up about her miscarriage',
    headlineMethod: 'derived',
    published: '2020-10-01',
    publishedMethod: 'source',
    authors: undefined,
    quotes: 25,
    captions: 0,
    headings: 0,
    topics: ['Pregnancy loss', 'Celebrity news', 'Social media'],
    people: ['Chrissy Teigen', 'John Legend'],
  },
  {
    name: '003_66fe005479aa5f39.txt',
    headline: 'UPDATE: How John Legend & Wife Chrissy Teigen Are Mourning Their Son',
    headlineMethod: 'source',
    published: '2020-11-30',
    publishedMethod: 'editor',
    authors: undefined,
    quotes: 0,
    captions: 1,
    headings: 2,
    topics: ['Pregnancy loss', 'Celebrity news', 'Grief'],
    people: ['Chrissy Teigen', 'John Legend'],
  },
  {
    name: '004_e900bb8a7e956693.txt',
    headline: 'Chrissy Teigen has broken her social media silence to pen a heartbreaking message to fans',
    headlineMethod: 'derived',
    published: '2020-10-27',
    publishedMethod: 'source',
    authors: undefined,
    quotes: 0,
    captions: 0,
    headings: 0,
    topics: ['Pregnancy loss', 'Celebrity news', 'Social media'],
    people: ['Chrissy Teigen', 'John Legend'],
  },
];

for (const source of expected) {
  describe(`source ${source.name}`, () => {
    const entry = ingest(source.name);

    it('has a front matter that passes the article schema', () => {
      assert.equal(articleSchema.safeParse(entry.data).success, true);
    });
    it(`gets the headline "${source.headline}" (${source.headlineMethod})`, () => {
      assert.equal(entry.data.headline, source.headline);
      assert.equal(entry.data.provenance.headline.method, source.headlineMethod);
    });
    it(`is published "${source.published}" (${source.publishedMethod}), written as a quoted string`, () => {
      assert.equal(entry.data.published, source.published);
      assert.equal(entry.data.provenance.published?.method, source.publishedMethod);
      assert.match(entry.text, new RegExp(`^published: "${source.published}"$`, 'm'));
    });
    it(`has authors ${JSON.stringify(source.authors ?? 'none')}`, () => {
      assert.deepEqual(entry.data.authors, source.authors);
    });
    it(`has ${source.quotes} quotes, ${source.captions} captions and ${source.headings} headings`, () => {
      assert.deepEqual(
        { quotes: entry.quotes, captions: entry.captions, headings: entry.headings },
        { quotes: source.quotes, captions: source.captions, headings: source.headings },
      );
    });
    it(`has the editors' topics ${JSON.stringify(source.topics)}, with their own reason`, () => {
      assert.deepEqual(entry.data.topics, source.topics);
      assert.deepEqual(entry.data.provenance.topics, {
        method: 'editor',
        evidence: "Subject headings assigned by the archive's editors.",
      });
    });
    it(`names the people ${JSON.stringify(source.people)}, found in the text`, () => {
      assert.deepEqual(entry.data.people, source.people);
      assert.equal(entry.data.provenance.people?.method, 'inferred');
    });
    it('contains none of the boilerplate lines', () => {
      for (const line of boilerplate) assert.equal(entry.text.includes(line), false, line);
    });
    it('names no publication, since the source states none', () => {
      assert.equal(entry.data.publication, undefined);
    });
  });
}

describe('source details', () => {
  it('gives 001 the dek between its headline and byline', () => {
    assert.equal(
      ingest('001_17482f6af291a5f5.txt').data.dek,
      'Chrissy Teigen had a miscarriage back in 2020 and made her husband John Legend take a lot of pictures of the experience. What does he think about it?',
    );
  });
  it('gives 000 its unfinished quote line as the dek', () => {
    assert.match(ingest('000_6fb0a694fac15da0.txt').data.dek ?? '', /^"It's been encouraging.*the singer said$/);
  });
  it("gives 003 its editors' date as the earliest it can be, with the override's reason as evidence", () => {
    const { data } = ingest('003_66fe005479aa5f39.txt');
    assert.deepEqual([data.published, data.publishedBound], ['2020-11-30', 'earliest']);
    assert.equal(data.provenance.publishedBound?.method, 'editor');
    assert.match(data.provenance.publishedBound?.evidence ?? '', /^Published no earlier than 30 November 2020/);
  });
  it('quotes the phrases the 001 date inference rests on', () => {
    const evidence = ingest('001_17482f6af291a5f5.txt').data.provenance.published?.evidence ?? '';
    assert.match(evidence, /"back in 2020"/);
    assert.match(evidence, /"last year"/);
  });
  it('merges the three paragraphs of the Jennifer Beals tweet and the two of Lisa Vanderpump', () => {
    const { text } = ingest('002_d17c487081642dcc.txt');
    assert.match(
      text,
      /:::quote\{by="Jennifer Beals" handle="jenniferbeals" date="2020-10-01" platform="Twitter"\}\nI am so deeply sorry\.\n\nI know Jack was so loved\. And no doubt loved you\.\n\nTake your time/,
    );
    assert.match(
      text,
      /:::quote\{by="Lisa Vanderpump"[^}]*\}\nSo sad to hear of your devastating loss @chrissyteigen such a terrible time for you \.\n\nWe all send love/,
    );
  });
  it('keeps the em dash inside the Kamala Harris tweet', () => {
    assert.match(ingest('002_d17c487081642dcc.txt').text, /Luna, and Miles—Doug and I are deeply sorry/);
  });
  it('labels the 003 photo caption and credits it to Getty', () => {
    assert.match(
      ingest('003_66fe005479aa5f39.txt').text,
      /:::caption\{credit="Getty" label="Chrissy Teigen"\}\nChrissy Teigen and John Legend in 2018\.\n:::/,
    );
  });
  it('credits the 001 photo caption to Twitter', () => {
    assert.match(
      ingest('001_17482f6af291a5f5.txt').text,
      /:::caption\{credit="Twitter"\}\nJohn Legend & Chrissy Teigen\n:::/,
    );
  });
  it('keeps the last paragraph of every source', () => {
    assert.match(ingest('004_e900bb8a7e956693.txt').text, /songwriter tweeted\.\n$/);
    assert.match(ingest('000_6fb0a694fac15da0.txt').text, /allowing me to do so\."\n$/);
    assert.match(ingest('003_66fe005479aa5f39.txt').text, /That will probably always haunt me/);
  });
});
