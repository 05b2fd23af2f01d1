/**
 * Property checks (fast-check): whatever bytes, text or markup a source
 * holds, the ingester does not crash, and every entry it makes passes the
 * schema after a round trip through the written file and has a valid URL.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse } from 'yaml';
import { buildEntries } from '../../src/ingest/deciding/build-entry.ts';
import { renderEntry } from '../../src/ingest/writing/render-entry.ts';
import { splitFrontMatter } from '../../src/entry/front-matter.ts';
import { storyPath } from '../../src/entry/story-path.ts';
import { articleSchema } from '../../src/entry/article.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

/** Ingests `bytes` as a file called `name`; throws (failing the property) on a crash or an invalid entry. */
function checkSource(name: string, bytes: Uint8Array): void {
  const built = buildEntries({ name, bytes });
  if (!built.ok) {
    assert.ok(built.problem.field !== '' && built.problem.reason !== '', 'a refusal names a field and a reason');
    return;
  }
  for (const article of built.articles) {
    if (!article.ok) {
      assert.ok(article.problem.reason !== '', 'a refusal gives a reason');
      continue;
    }
    const text = renderEntry(article.data, article.body);
    const front = splitFrontMatter(text);
    assert.ok(front, 'the entry has front matter');
    const reread = articleSchema.safeParse(parse(front.yaml));
    assert.ok(reread.success, `the written entry passes the schema: ${reread.error?.message}`);
    assert.match(
      storyPath({ published: reread.data.published!, slug: reread.data.slug }),
      /^\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/,
    );
  }
}

/** Text that looks like an article often enough to exercise more than the refusals. */
const articleText = fc
  .tuple(
    fc.string({ maxLength: 120 }),
    fc.constantFrom('', 'October 1, 2020', 'Published 3:05 PM ET, Thu October 1, 2020', '2020-13-45', 'yesterday'),
    fc.constantFrom('', 'By Jane Doe', 'BY <script>x</script>', 'By'),
    fc.array(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 })), {
      maxLength: 6,
    }),
  )
  .map(([headline, date, byline, paragraphs]) => [headline, date, byline, ...paragraphs].join('\n\n'));

const tag = fc.constantFrom(
  'p',
  'div',
  'article',
  'h1',
  'h2',
  'ul',
  'li',
  'blockquote',
  'script',
  'style',
  'a href="javascript:alert(1)"',
  'a href="https://example.com/x"',
  'img src=x onerror=alert(1)',
  'svg onload=alert(1)',
  'time datetime="2020-10-01"',
  'nav',
  'figure',
  'figcaption',
);
const htmlFragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 80 }),
    fc
      .tuple(tag, fc.array(tie('node'), { maxLength: 4 }))
      .map(([t, children]) => `<${t}>${children.join('')}</${t.split(' ')[0]}>`),
  ),
})).node;
const htmlPage = fc
  .tuple(
    fc.string({ maxLength: 80 }),
    htmlFragment,
    fc.constantFrom(
      '',
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-10-01","headline":"X"}</script>',
      '<meta property="og:title" content="A &amp; B">',
    ),
  )
  .map(
    ([title, body, head]) =>
      `<!doctype html><html><head><title>${title}</title>${head}</head><body>${body}</body></html>`,
  );

const encode = (text: string) => new TextEncoder().encode(text);

describe('ingester properties', () => {
  it('arbitrary bytes never crash it and never yield an invalid entry', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => checkSource('bytes.bin', bytes)),
      { numRuns: RUNS },
    );
  });

  it('arbitrary article-like text never crashes it and never yields an invalid entry', () => {
    fc.assert(
      fc.property(articleText, (text) => checkSource('text.txt', encode(text))),
      { numRuns: RUNS },
    );
  });

  it('arbitrary HTML never crashes it and never yields an invalid entry', () => {
    fc.assert(
      fc.property(htmlPage, (html) => checkSource('page.html', encode(html))),
      { numRuns: RUNS },
    );
  });

  it('arbitrary JSON and Markdown never crash it and never yield an invalid entry', () => {
    const json = fc.jsonValue().map((value) => JSON.stringify(value));
    const markdown = fc
      .tuple(fc.dictionary(fc.constantFrom('title', 'date', 'author', 'tags', 'url'), fc.jsonValue()), fc.string())
      .map(([front, body]) => `---\n${JSON.stringify(front)}\n---\n\n${body}`);
    fc.assert(
      fc.property(json, (text) => checkSource('data.json', encode(text))),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(markdown, (text) => checkSource('post.md', encode(text))),
      { numRuns: RUNS },
    );
  });
});
