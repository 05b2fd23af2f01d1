import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readJson } from '../../src/ingest/formats/json.ts';
import { bodyBlocks, readArticles, readOnlyArticle } from './reader-helpers.ts';

const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value, null, 2));
const articles = (value: unknown) => readArticles(readJson, asText(value));
const only = (value: unknown) => readOnlyArticle(readJson, asText(value));

function refusal(text: string) {
  const outcome = readJson(text);
  assert.ok(!outcome.ok, 'expected a refusal');
  return outcome.problem;
}

const blocks = bodyBlocks;

describe('readJson: shapes', () => {
  it('reads one article object, with no part', () => {
    const article = only({ title: 'Storm hits coast', body: 'A storm hit.' });
    assert.equal(article.part, undefined);
    assert.equal(article.headline?.value, 'Storm hits coast');
  });

  it('reads an array of articles, each named by its id or guid, else its position', () => {
    const parts = articles([
      { id: 'a-1', title: 'One', body: 'x' },
      { guid: 'urn:2', title: 'Two', body: 'y' },
      { title: 'Three', body: 'z' },
    ]).map((article) => article.part);
    assert.deepEqual(parts, ['a-1', 'urn:2', '3']);
  });

  for (const wrapper of ['articles', 'items', 'data', 'Articles']) {
    it(`reads the list in a { "${wrapper}": [...] } wrapper`, () => {
      const found = articles({ status: 'ok', [wrapper]: [{ headline: 'One' }, { headline: 'Two' }] });
      assert.deepEqual(
        found.map((article) => article.headline?.value),
        ['One', 'Two'],
      );
    });
  }

  it("reads a JSON Feed's items, not the feed's own title", () => {
    const found = articles({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'The Gazette',
      items: [
        { id: '1', title: 'One', content_html: '<p>x</p>' },
        { id: '2', title: 'Two', content_text: 'y' },
      ],
    });
    assert.deepEqual(
      found.map((article) => [article.part, article.headline?.value]),
      [
        ['1', 'One'],
        ['2', 'Two'],
      ],
    );
  });

  it("reads the Guardian API's results, with the fields nested in each", () => {
    const [article] = articles({
      response: {
        status: 'ok',
        results: [
          {
            id: 'world/2020/oct/01/storm',
            webTitle: 'Storm hits coast',
            webPublicationDate: '2020-10-01T14:03:00Z',
            webUrl: 'https://www.theguardian.com/world/2020/oct/01/storm',
            fields: { byline: 'Jane Doe', trailText: 'Thousands leave', body: '<p>A storm hit.</p>' },
          },
        ],
      },
    });
    assert.equal(article?.headline?.value, 'Storm hits coast');
    assert.deepEqual(article?.authors, { value: ['Jane Doe'], evidence: 'the JSON "fields.byline" field' });
    assert.equal(article?.dek?.value, 'Thousands leave');
    assert.deepEqual(blocks(article?.body ?? { type: 'root', children: [] }), ['A storm hit.']);
  });

  it('reads the article of a JSON-LD @graph, not the page, site or publisher beside it', () => {
    const article = only({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'The Gazette' },
        { '@type': 'NewsArticle', headline: 'Storm hits coast', articleBody: 'A storm hit.' },
        { '@type': 'Organization', name: 'The Gazette' },
      ],
    });
    assert.equal(article.headline?.value, 'Storm hits coast');
  });

  it('reads fields nested in JSON:API "attributes"', () => {
    const [article] = articles({ data: [{ id: '12', type: 'article', attributes: { title: 'One', body: 'x' } }] });
    assert.deepEqual(article?.headline, { value: 'One', evidence: 'the JSON "attributes.title" field' });
  });

  it('refuses a JSON that holds no article', () => {
    const problem = refusal('{"status": "ok", "count": 0, "meta": {"page": 1}}');
    assert.equal(problem.field, 'body');
    assert.match(problem.reason, /holds no article/);
    assert.match(refusal('[1, 2, 3]').reason, /holds no article/);
  });

  it('returns an object of a list with no headline or body, with an empty body, for the ingester to refuse', () => {
    const [, second] = articles([
      { title: 'One', body: 'x' },
      { id: 'ad-7', kind: 'advert' },
    ]);
    assert.equal(second?.part, 'ad-7');
    assert.deepEqual(second?.body, { type: 'root', children: [] });
  });
});

describe('readJson: field names', () => {
  it('reads the usual names of every field, saying which key held it', () => {
    const article = only({
      headline: 'Storm hits coast',
      subtitle: 'Thousands leave',
      publishedAt: '2020-10-01T14:03:00Z',
      byline: 'By Jane Doe',
      publisher: 'The Gazette',
      link: 'https://example.com/storm',
      categories: ['weather', 'Florida'],
      articleBody: 'A storm hit.',
    });
    assert.deepEqual(article.headline, { value: 'Storm hits coast', evidence: 'the JSON "headline" field' });
    assert.deepEqual(article.dek, { value: 'Thousands leave', evidence: 'the JSON "subtitle" field' });
    assert.deepEqual(article.date, {
      value: { ok: true, published: '2020-10-01T14:03:00Z', written: '2020-10-01T14:03:00Z' },
      evidence: 'the JSON "publishedAt" field',
    });
    assert.deepEqual(article.authors, { value: ['By Jane Doe'], evidence: 'the JSON "byline" field' });
    assert.deepEqual(article.publication, { value: 'The Gazette', evidence: 'the JSON "publisher" field' });
    assert.deepEqual(article.url, { value: 'https://example.com/storm', evidence: 'the JSON "link" field' });
    assert.deepEqual(article.topics, { value: ['weather', 'Florida'], evidence: 'the JSON "categories" field' });
  });

  it('matches names without case, underscores or dashes', () => {
    const article = only({ Title: 'T', published_at: '2020-10-01', 'site-name': 'Gazette', body: 'x' });
    assert.deepEqual(article.date, {
      value: { ok: true, published: '2020-10-01', written: '2020-10-01' },
      evidence: 'the JSON "published_at" field',
    });
    assert.equal(article.headline?.value, 'T');
    assert.equal(article.publication?.value, 'Gazette');
  });

  it('prefers the publication date to a creation date, and ignores empty values', () => {
    const article = only({ title: 'T', created: '2020-09-30', date: '', datePublished: '2020-10-01', body: 'x' });
    assert.equal(article.date?.value.written, '2020-10-01');
  });

  it('reads authors and publishers given as objects, JSON-LD style, and keywords as one string', () => {
    const article = only({
      '@type': 'NewsArticle',
      headline: 'T',
      author: [{ '@type': 'Person', name: 'Jane Doe' }, 'Bob Smith'],
      publisher: { '@type': 'Organization', name: 'The Gazette', logo: { url: 'https://example.com/logo.png' } },
      keywords: 'storms, Florida, evacuation',
      articleBody: 'x',
    });
    assert.deepEqual(article.authors?.value, ['Jane Doe', 'Bob Smith']);
    assert.equal(article.publication?.value, 'The Gazette');
    assert.deepEqual(article.topics?.value, ['storms', 'Florida', 'evacuation']);
  });

  it("reads NewsAPI's source object and a numeric date as written", () => {
    const article = only({ source: { id: null, name: 'BBC News' }, title: 'T', date: 1601560980, content: 'x' });
    assert.equal(article.publication?.value, 'BBC News');
    assert.equal(article.date?.value.written, '1601560980');
  });

  it("reads WordPress's rendered values, their HTML reduced to text", () => {
    const article = only({
      title: { rendered: 'Storm &#8211; the day after' },
      excerpt: { rendered: '<p>Thousands leave &amp; more</p>\n' },
      content: { rendered: '<p>A storm hit.</p>' },
    });
    assert.equal(article.headline?.value, 'Storm – the day after');
    assert.equal(article.dek?.value, 'Thousands leave & more');
    assert.deepEqual(blocks(article.body), ['A storm hit.']);
  });

  it('keeps only an http(s) URL, noting one that is not', () => {
    const article = only({ title: 'T', url: '/2020/10/storm', body: 'x' });
    assert.equal(article.url, undefined);
    assert.deepEqual(article.notes, ['ignored the JSON "url" field "/2020/10/storm": not an http(s) URL']);
  });
});

describe('readJson: bodies', () => {
  it('splits a plain body into paragraphs at blank lines, linking spelled-out URLs', () => {
    const article = only({ title: 'T', body: 'A storm hit\nthe coast.\n\nSee https://example.com/map for more.' });
    assert.deepEqual(article.body.children, [
      { type: 'paragraph', children: [{ type: 'text', value: 'A storm hit the coast.' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'See ' },
          {
            type: 'link',
            url: 'https://example.com/map',
            children: [{ type: 'text', value: 'https://example.com/map' }],
          },
          { type: 'text', value: ' for more.' },
        ],
      },
    ]);
    assert.deepEqual(article.datingText, ['A storm hit the coast.', 'See https://example.com/map for more.']);
  });

  it('splits a body with no blank line at every line', () => {
    assert.deepEqual(blocks(only({ title: 'T', text: 'One.\nTwo.\nThree.' }).body), ['One.', 'Two.', 'Three.']);
  });

  it('reads a body given as an array of paragraphs', () => {
    assert.deepEqual(blocks(only({ title: 'T', paragraphs: 'no', body: ['One.', 'Two.'] }).body), ['One.', 'Two.']);
  });

  it('converts an HTML body with the HTML fragment converter, resolving links against the article URL', () => {
    const article = only({
      title: 'T',
      url: 'https://example.com/news/storm',
      body_html:
        '<p>A storm hit <a href="/map">the coast</a>.</p><figure><img src="x.jpg"><figcaption>Waves in 2019.</figcaption></figure><p>More.</p>',
    });
    assert.deepEqual(article.body.children[0], {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'A storm hit ' },
        { type: 'link', url: 'https://example.com/map', children: [{ type: 'text', value: 'the coast' }] },
        { type: 'text', value: '.' },
      ],
    });
    assert.equal(blocks(article.body).at(-1), 'More.');
    assert.ok(!article.datingText.some((text) => text.includes('2019')), 'captions are not dating text');
  });

  it('treats a body string holding paragraph tags as HTML whatever its key', () => {
    assert.deepEqual(blocks(only({ title: 'T', content: '<p>One &amp; two.</p><p>Three.</p>' }).body), [
      'One & two.',
      'Three.',
    ]);
  });
});

describe('readJson: invalid JSON', () => {
  it('names the line, the column and the parser message', () => {
    const problem = refusal('{\n  "title": "Storm",\n  "body": "x"\n  "date": "2020-10-01"\n}');
    assert.equal(problem.field, '(file)');
    assert.equal(problem.reason, "is not valid JSON: line 4, column 3: Expected ',' or '}' after property value");
  });

  it('places an unexpected token even when the parser gives no position', () => {
    assert.equal(
      refusal('{\n  "title": "Storm",\n  "body": x\n}').reason,
      "is not valid JSON: line 3, column 11: Unexpected token 'x'",
    );
  });

  it('places an unexpected end at the end of the file', () => {
    assert.match(refusal('{\n  "title": "Storm"').reason, /^is not valid JSON: line 2, column \d+: /);
  });
});
