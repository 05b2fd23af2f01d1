import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { htmlFragmentToBody } from '../../src/ingest/formats/html/fragment-to-body.ts';
import { readHtml } from '../../src/ingest/formats/html/read-html.ts';
import type { ReceivedArticle } from '../../src/ingest/reading/received.ts';
import { STORY, storyParagraphs } from './reader-helpers.ts';

/** A saved page: the head's metadata, the page's own chrome and the article's body. */
function page({ head = '', before = '', body = storyParagraphs(), after = '' } = {}): string {
  return `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sports">Sports</a></nav></header>
<main><article>${before}<div class="article-body">${body}</div>${after}</article></main>
<footer><p>Copyright 2024 The Example Paper. All rights reserved.</p></footer></body></html>`;
}

function read(html: string): ReceivedArticle {
  const outcome = readHtml(html);
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.problem.reason);
  assert.equal(outcome.articles.length, 1);
  const [article] = outcome.articles;
  assert.ok(article);
  assert.equal(article.part, undefined);
  return article;
}

function bodyText(body: Root): string {
  return body.children.map((node) => toString(node)).join('\n');
}

function nodesOfType(tree: Nodes, type: string): Nodes[] {
  const found: Nodes[] = [];
  const visit = (node: Nodes) => {
    if (node.type === type) found.push(node);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const meta = (attribute: string, key: string, content: string) => `<meta ${attribute}="${key}" content="${content}">`;

describe('readHtml: headline', () => {
  const all = [
    jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'From JSON-LD' }),
    meta('property', 'og:title', 'From OpenGraph'),
    '<title>From the title | The Example Paper</title>',
  ].join('');

  test('JSON-LD headline first', () => {
    const article = read(page({ head: all, before: '<h1>From the h1</h1>' }));
    assert.deepEqual(article.headline, { value: 'From JSON-LD', evidence: `the page's JSON-LD "headline"` });
  });

  test('then og:title', () => {
    const head = [meta('property', 'og:title', 'From OpenGraph'), '<title>From the title | Paper</title>'].join('');
    const article = read(page({ head, before: '<h1>From the h1</h1>' }));
    assert.deepEqual(article.headline, { value: 'From OpenGraph', evidence: `the page's <meta property="og:title">` });
  });

  test("then the article's h1", () => {
    const article = read(page({ head: '<title>From the title | Paper</title>', before: '<h1>From the h1</h1>' }));
    assert.deepEqual(article.headline, { value: 'From the h1', evidence: `the page's <h1>` });
  });

  test('then <title> without the site name after it', () => {
    const article = read(page({ head: '<title>Bridge will be rebuilt - The Example Paper</title>' }));
    assert.equal(article.headline?.value, 'Bridge will be rebuilt');
    assert.match(article.headline?.evidence ?? '', /<title>/);
  });

  test('a site name the page also states is taken off a meta title', () => {
    const head =
      meta('property', 'og:title', 'Bridge will be rebuilt | The Example Paper') +
      meta('property', 'og:site_name', 'The Example Paper');
    assert.equal(read(page({ head })).headline?.value, 'Bridge will be rebuilt');
  });

  test('the headline is not repeated as the first body heading', () => {
    const head = meta('property', 'og:title', 'Bridge will be rebuilt');
    const article = read(page({ head, body: `<h2>Bridge will be rebuilt</h2>${storyParagraphs()}` }));
    assert.doesNotMatch(bodyText(article.body), /Bridge will be rebuilt/);
    const h1 = read(page({ head, before: '<h1>Bridge will be rebuilt</h1>' }));
    assert.doesNotMatch(bodyText(h1.body), /Bridge will be rebuilt/);
    assert.equal(nodesOfType(h1.body, 'heading').length, 0);
  });
});

describe('readHtml: date', () => {
  test('JSON-LD datePublished, as written', () => {
    const head =
      jsonLd({ '@type': 'NewsArticle', headline: 'H', datePublished: '2024-03-05T07:30:00-08:00' }) +
      meta('property', 'article:published_time', '2020-01-01');
    assert.deepEqual(read(page({ head })).date, {
      value: { ok: true, published: '2024-03-05T07:30:00-08:00', written: '2024-03-05T07:30:00-08:00' },
      evidence: `the page's JSON-LD "datePublished"`,
    });
  });

  test('then article:published_time, then other meta tags', () => {
    const og =
      meta('property', 'article:published_time', '2024-03-05') + meta('name', 'parsely-pub-date', '2020-01-01');
    assert.deepEqual(read(page({ head: og })).date, {
      value: { ok: true, published: '2024-03-05', written: '2024-03-05' },
      evidence: `the page's <meta property="article:published_time">`,
    });
    for (const [attribute, key] of [
      ['name', 'parsely-pub-date'],
      ['name', 'dc.date'],
      ['name', 'sailthru.date'],
      ['name', 'citation_publication_date'],
      ['name', 'pubdate'],
      ['itemprop', 'datePublished'],
    ] as const) {
      const article = read(page({ head: meta(attribute, key, 'March 5, 2024') }));
      assert.deepEqual(article.date, {
        value: { ok: true, published: '2024-03-05', written: 'March 5, 2024' },
        evidence: `the page's <meta ${attribute}="${key.toLowerCase()}">`,
      });
    }
  });

  test("then the article's <time datetime>, else its text; the time line stays out of the body", () => {
    const withAttribute = read(page({ before: '<p class="meta"><time datetime="2024-03-05">March 5</time></p>' }));
    assert.deepEqual(withAttribute.date, {
      value: { ok: true, published: '2024-03-05', written: '2024-03-05' },
      evidence: `the article's <time datetime>`,
    });
    assert.doesNotMatch(bodyText(withAttribute.body), /March 5/);
    const textOnly = read(page({ before: '<div class="byline">By Ann Lee <time>March 5, 2024</time></div>' }));
    assert.deepEqual(textOnly.date, {
      value: { ok: true, published: '2024-03-05', written: 'March 5, 2024' },
      evidence: `the article's <time> text`,
    });
  });

  test('a <time> inside a sentence is text, not the date line', () => {
    const body = `<p>The vote is set for <time datetime="2024-04-02">April 2</time>, the clerk said on Monday morning.</p>${storyParagraphs()}`;
    const article = read(page({ body }));
    assert.match(bodyText(article.body), /set for April 2, the clerk/);
  });

  test('no date anywhere: none', () => {
    assert.equal(read(page()).date, undefined);
  });
});

describe('readHtml: authors', () => {
  test('JSON-LD author as a string, a Person, an array, or @graph references', () => {
    const cases: [unknown, string[]][] = [
      ['Jane Doe', ['Jane Doe']],
      [{ '@type': 'Person', name: 'Jane Doe' }, ['Jane Doe']],
      [
        [
          { '@type': 'Person', name: 'Jane Doe' },
          { '@type': 'Person', name: 'John Roe' },
        ],
        ['Jane Doe', 'John Roe'],
      ],
    ];
    for (const [author, names] of cases) {
      const article = read(page({ head: jsonLd({ '@type': 'NewsArticle', headline: 'H', author }) }));
      assert.deepEqual(article.authors, { value: names, evidence: `the page's JSON-LD "author"` });
    }
    const graph = jsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': '#page', name: 'Page' },
        { '@type': 'ReportageNewsArticle', headline: 'H', author: [{ '@id': '#jane' }], publisher: { '@id': '#org' } },
        { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
        { '@type': 'Organization', '@id': '#org', name: 'The Example Paper' },
      ],
    });
    const article = read(page({ head: graph }));
    assert.deepEqual(article.authors?.value, ['Jane Doe']);
    assert.deepEqual(article.publication?.value, 'The Example Paper');
  });

  test('then meta author (not a profile URL in article:author)', () => {
    const head =
      meta('property', 'article:author', 'https://www.facebook.com/janedoe') + meta('name', 'author', 'Jane Doe');
    assert.deepEqual(read(page({ head })).authors, {
      value: ['Jane Doe'],
      evidence: `the page's <meta name="author">`,
    });
  });

  test('then the byline element, which stays out of the body', () => {
    const article = read(page({ before: '<p class="byline">By Jane Doe and John Roe</p>' }));
    assert.equal(article.authors?.value[0], 'By Jane Doe and John Roe');
    assert.match(article.authors?.evidence ?? '', /byline element/);
    assert.doesNotMatch(bodyText(article.body), /Jane Doe/);
    const itemprop = read(
      page({ before: '<span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span>' }),
    );
    assert.deepEqual(itemprop.authors?.value, ['Jane Doe']);
    const rel = read(page({ before: '<p>By <a rel="author" href="/jane">Jane Doe</a></p>' }));
    assert.deepEqual(rel.authors?.value, ['Jane Doe']);
  });

  test('an author bio box under the story is not the byline and not the body', () => {
    const after =
      '<div class="author-bio"><p>Jane Doe is a reporter who covers county government and has written about bridges for years.</p></div>';
    const article = read(page({ head: meta('name', 'author', 'Jane Doe'), after }));
    assert.doesNotMatch(bodyText(article.body), /is a reporter/);
  });
});

describe('readHtml: publication, URL, topics, dek', () => {
  test('publication: JSON-LD publisher > og:site_name > application-name', () => {
    const publisher = jsonLd({ '@type': 'NewsArticle', headline: 'H', publisher: { name: 'From JSON-LD' } });
    const og = meta('property', 'og:site_name', 'From OpenGraph');
    const app = meta('name', 'application-name', 'From the app name');
    assert.equal(read(page({ head: publisher + og + app })).publication?.value, 'From JSON-LD');
    assert.deepEqual(read(page({ head: og + app })).publication, {
      value: 'From OpenGraph',
      evidence: `the page's <meta property="og:site_name">`,
    });
    assert.equal(read(page({ head: app })).publication?.value, 'From the app name');
  });

  test('URL: canonical > og:url > JSON-LD url; relative resolved; only http(s)', () => {
    const canonical = '<link rel="canonical" href="https://example.com/a">';
    const og = meta('property', 'og:url', 'https://example.com/b');
    const ld = jsonLd({ '@type': 'NewsArticle', headline: 'H', mainEntityOfPage: { '@id': 'https://example.com/c' } });
    assert.deepEqual(read(page({ head: canonical + og + ld })).url, {
      value: 'https://example.com/a',
      evidence: `the page's <link rel="canonical">`,
    });
    assert.equal(read(page({ head: og + ld })).url?.value, 'https://example.com/b');
    assert.deepEqual(read(page({ head: ld })).url, {
      value: 'https://example.com/c',
      evidence: `the page's JSON-LD "mainEntityOfPage"`,
    });
    const relative = '<link rel="canonical" href="/news/a">' + og;
    assert.equal(read(page({ head: relative })).url?.value, 'https://example.com/news/a');
    assert.equal(read(page({ head: '<link rel="canonical" href="javascript:alert(1)">' })).url, undefined);
    assert.equal(read(page({ head: meta('property', 'og:url', 'ftp://example.com/x') })).url, undefined);
  });

  test('topics: JSON-LD keywords (string or array), else article:tag', () => {
    const string = jsonLd({ '@type': 'NewsArticle', headline: 'H', keywords: 'Bridges, County board' });
    assert.deepEqual(read(page({ head: string })).topics, {
      value: ['Bridges', 'County board'],
      evidence: `the page's JSON-LD "keywords"`,
    });
    const array = jsonLd({ '@type': 'NewsArticle', headline: 'H', keywords: ['Bridges', 'Roads'] });
    assert.deepEqual(read(page({ head: array })).topics?.value, ['Bridges', 'Roads']);
    const tags = meta('property', 'article:tag', 'Bridges') + meta('property', 'article:tag', 'Roads');
    assert.deepEqual(read(page({ head: tags })).topics?.value, ['Bridges', 'Roads']);
    assert.equal(read(page()).topics, undefined);
  });

  test('dek: JSON-LD alternativeHeadline, a standfirst element, or the h2 under the h1; kept out of the body', () => {
    const ld = jsonLd({ '@type': 'NewsArticle', headline: 'Bridge', alternativeHeadline: 'Stone arches will stay' });
    const fromLd = read(page({ head: ld, before: '<h1>Bridge</h1><p class="summary">Stone arches will stay</p>' }));
    assert.deepEqual(fromLd.dek, {
      value: 'Stone arches will stay',
      evidence: `the page's JSON-LD "alternativeHeadline"`,
    });
    assert.doesNotMatch(bodyText(fromLd.body), /Stone arches will stay/);
    const standfirst = read(page({ before: '<h1>Bridge</h1><p class="standfirst">The stone arches will stay</p>' }));
    assert.equal(standfirst.dek?.value, 'The stone arches will stay');
    assert.match(standfirst.dek?.evidence ?? '', /standfirst element/);
    assert.doesNotMatch(bodyText(standfirst.body), /arches will stay/);
    const h2 = read(page({ before: '<h1>Bridge</h1><h2>The stone arches will stay, the board says</h2>' }));
    assert.deepEqual(h2.dek, {
      value: 'The stone arches will stay, the board says',
      evidence: `the h2 that follows the page's h1`,
    });
  });

  test('the meta description is a dek only when the page shows it as its own element', () => {
    const description = meta('name', 'description', 'The board voted to rebuild the bridge over Mill Creek.');
    assert.equal(read(page({ head: description, before: '<h1>Bridge</h1>' })).dek, undefined);
    const shown = read(
      page({
        head: description,
        before: '<h1>Bridge</h1><p>The board voted to rebuild the bridge over Mill Creek.</p>',
      }),
    );
    assert.equal(shown.dek?.value, 'The board voted to rebuild the bridge over Mill Creek.');
  });

  test('broken JSON-LD is tolerated (trailing commas, raw line breaks, a script that does not parse)', () => {
    const head =
      '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Not closed"</script>' +
      '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Two\nlines", "datePublished": "2024-01-02",}</script>';
    const article = read(page({ head }));
    assert.equal(article.headline?.value, 'Two lines');
    assert.equal(article.date?.value.written, '2024-01-02');
  });
});

describe('readHtml: body', () => {
  test('paragraphs, headings (depth 2–4), lists and quotations are kept', () => {
    const body = `${storyParagraphs()}<h2>What comes next</h2><p>Work starts in spring, and the county will post detours on its website.</p>
<h3>Detours</h3><ul><li>Route 9 northbound</li><li>Mill Road</li></ul><ol><li>First step</li><li>Second step</li></ol>
<blockquote><p>We waited ten years for this bridge to be fixed properly.</p></blockquote>`;
    const article = read(page({ body }));
    const headings = nodesOfType(article.body, 'heading') as { depth: number }[];
    assert.deepEqual(
      headings.map((heading) => heading.depth),
      [2, 3],
    );
    const lists = nodesOfType(article.body, 'list') as { ordered: boolean }[];
    assert.deepEqual(
      lists.map((list) => list.ordered),
      [false, true],
    );
    assert.equal(nodesOfType(article.body, 'blockquote').length, 1);
    assert.match(bodyText(article.body), /We waited ten years/);
  });

  test('an embedded tweet becomes a quote directive: by, handle, date, platform', () => {
    const tweet = `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The bridge is finally getting fixed! <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Mill Creek News (@millcreeknews) <a href="https://twitter.com/millcreeknews/status/123?ref_src=twsrc%5Etfw">March 5, 2024</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>`;
    const article = read(page({ body: storyParagraphs() + tweet }));
    const [quote] = nodesOfType(article.body, 'containerDirective') as {
      name: string;
      attributes: Record<string, string>;
    }[];
    assert.ok(quote);
    assert.equal(quote.name, 'quote');
    assert.deepEqual(quote.attributes, {
      by: 'Mill Creek News',
      handle: 'millcreeknews',
      date: '2024-03-05',
      platform: 'Twitter',
    });
    assert.equal(toString(quote as Nodes), 'The bridge is finally getting fixed!');
    assert.ok(article.datingText.includes('The bridge is finally getting fixed!'));
  });

  test('a figure with a caption becomes a caption directive with its credit; bare images are dropped', () => {
    const figure = `<figure><img src="/bridge.jpg" alt="The bridge"><figcaption>The Mill Creek bridge in 1911. <span class="photo-credit">Photo: County Archives</span></figcaption></figure><p><img src="/bare.jpg" alt="A bare picture"></p>`;
    const article = read(page({ body: storyParagraphs() + figure }));
    const [caption] = nodesOfType(article.body, 'containerDirective') as {
      name: string;
      attributes: Record<string, string>;
    }[];
    assert.ok(caption);
    assert.equal(caption.name, 'caption');
    assert.deepEqual(caption.attributes, { credit: 'County Archives' });
    assert.equal(toString(caption as Nodes), 'The Mill Creek bridge in 1911.');
    assert.equal(nodesOfType(article.body, 'image').length, 0);
    assert.doesNotMatch(bodyText(article.body), /A bare picture/);
    assert.ok(!article.datingText.some((text) => text.includes('1911.')), 'captions do not date the story');
  });

  test('links: http(s) only, relative ones resolved against the page URL', () => {
    const head = '<link rel="canonical" href="https://example.com/news/bridge">';
    const body = `<p>See the <a href="/docs/plan.pdf">county plan</a>, the <a href="https://state.example.gov/grant">grant</a>, the <a href="javascript:alert(1)">map</a> and <a href="mailto:clerk@example.com">the clerk</a>.</p>${storyParagraphs()}`;
    const article = read(page({ head, body }));
    const links = nodesOfType(article.body, 'link') as { url: string }[];
    assert.deepEqual(
      links.map((link) => link.url),
      ['https://example.com/docs/plan.pdf', 'https://state.example.gov/grant'],
    );
    assert.match(bodyText(article.body), /the map and the clerk\./);
    const withoutUrl = read(page({ body }));
    assert.deepEqual(
      (nodesOfType(withoutUrl.body, 'link') as { url: string }[]).map((link) => link.url),
      ['https://state.example.gov/grant'],
    );
  });

  test('script, style, iframe and noscript text never reaches the body; no raw HTML nodes', () => {
    const body = `${storyParagraphs()}<script>var secret = "SCRIPT TEXT";</script><style>.x{content:"STYLE TEXT"}</style>
<iframe src="https://ads.example.com">IFRAME TEXT</iframe><noscript>NOSCRIPT TEXT</noscript><p>Last <b>bold</b> words &lt;script&gt;alert(1)&lt;/script&gt; here.</p>`;
    const article = read(page({ body }));
    const text = bodyText(article.body);
    for (const word of ['SCRIPT TEXT', 'STYLE TEXT', 'IFRAME TEXT', 'NOSCRIPT TEXT'])
      assert.ok(!text.includes(word), word);
    assert.equal(nodesOfType(article.body, 'html').length, 0);
    assert.match(text, /<script>alert\(1\)<\/script> here\./, 'escaped markup in the text stays text');
  });

  test('share bars, related links, newsletter boxes, cookie and paywall prompts, ads and comments are dropped', () => {
    const furniture = [
      '<div class="share-bar"><a href="https://facebook.com/share">Share on Facebook</a> <a href="#">Tweet</a></div>',
      '<div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Other bridge story one</a></li></ul></div>',
      '<div class="newsletter-signup"><p>Get the morning briefing in your inbox every weekday.</p><input type="email"></div>',
      '<div id="cookie-banner"><p>We use cookies to improve your experience on our site.</p></div>',
      '<div class="paywall-prompt"><p>You have two free articles left this month. Subscribe for full access.</p></div>',
      '<div class="ad-slot"><span>Advertisement</span></div>',
      '<p>Advertisement</p>',
      '<p><strong>Read more:</strong> <a href="/older">The bridge vote that failed in 2019</a></p>',
    ];
    const body =
      [STORY[0], STORY[1]].map((text) => `<p>${text}</p>`).join('') +
      furniture.join('') +
      [STORY[2], STORY[3], STORY[4]].map((text) => `<p>${text}</p>`).join('');
    const after =
      '<section id="comments"><h2>3 comments</h2><ol><li><p>I drive over it every day and it shakes.</p></li></ol></section>';
    const article = read(page({ body, after }));
    const text = bodyText(article.body);
    for (const word of [
      'Share on Facebook',
      'Other bridge story',
      'morning briefing',
      'cookies',
      'free articles',
      'Advertisement',
      'failed in 2019',
      'shakes',
    ]) {
      assert.ok(!text.includes(word), word);
    }
    assert.equal(text, STORY.join('\n'));
    assert.match(article.notes.join('\n'), /dropped \d+ page furniture blocks \(.*share bar.*\)/);
  });

  test('link cards, reader-funded appeals, loose image captions and non-English ad labels are not body text', () => {
    const card = `<figure class="kg-card"><a href="https://example.com/other"><div>Why small bridges are closing</div><div>Rust, traffic and money are closing the bridges that built the county.</div></a></figure>`;
    const appeal =
      '<div class="callout"><p>The Example Paper is free and reader-supported. Subscribe to get every story.</p></div>';
    const caption =
      '<div class="credit-caption"><div class="caption"><p>The bridge in 1911, seen from the mill.</p></div><span class="credit">County Archives</span></div>';
    const body = `<p>${STORY[0]}</p>${card}<p>${STORY[1]}</p>${appeal}<p>${STORY[2]}</p>${caption}<p>Publicidad</p><p>${STORY[3]}</p><p><strong>Lee también:</strong> <a href="/otra">Otra nota</a></p><p>${STORY[4]}</p>`;
    const article = read(page({ body }));
    assert.equal(bodyText(article.body).replace(/\n?The bridge in 1911, seen from the mill\./, ''), STORY.join('\n'));
    const captions = nodesOfType(article.body, 'containerDirective') as { name: string; attributes: object }[];
    assert.deepEqual(
      captions.map((node) => [node.name, node.attributes]),
      [['caption', { credit: 'County Archives' }]],
    );
  });

  test('a dateline standing alone is not body text; one that opens the lede is', () => {
    const alone = read(page({ body: `<p class="dateline">LONDON</p>${storyParagraphs()}` }));
    assert.equal(bodyText(alone.body), STORY.join('\n'));
    const inline = read(page({ body: `<p>LONDON (Wire) — ${STORY[0]}</p>${storyParagraphs()}` }));
    assert.match(bodyText(inline.body), /^LONDON \(Wire\) — The county board/);
  });

  test('a box named like furniture that holds the story is the story (a "paywall" or "has-comments" wrapper)', () => {
    for (const className of ['paywall', 'article has-comments', 'story-body related']) {
      const html = `<!doctype html><html><body><div class="${className}">${storyParagraphs()}</div></body></html>`;
      assert.equal(bodyText(read(html).body), STORY.join('\n'), className);
    }
  });

  test('a page with no article is refused, naming the body', () => {
    const home = `<!doctype html><html><head><title>The Example Paper</title></head><body><nav><a href="/">Home</a></nav>
<ul>${Array.from({ length: 12 }, (_, i) => `<li><h3><a href="/story-${i}">Headline number ${i} about the county</a></h3></li>`).join('')}</ul></body></html>`;
    for (const html of [home, '<html><body><p>Short.</p></body></html>', '']) {
      const outcome = readHtml(html);
      assert.equal(outcome.ok, false);
      if (!outcome.ok) {
        assert.equal(outcome.problem.field, 'body');
        assert.match(
          outcome.problem.reason,
          /no article body that Readability can find .*save the article page itself/,
        );
      }
    }
  });
});

describe('readHtml: older and odder pages', () => {
  test('a table layout with <font> and <br><br>: headline from the part of <title> the page shows, standfirst and "By" line kept out', () => {
    const html = `<HTML><HEAD><TITLE>County Examiner -- Bridge will be rebuilt</TITLE></HEAD><BODY><TABLE><TR>
<TD><FONT SIZE="1"><A HREF="/">Home</A> | <A HREF="/news.html">News</A></FONT></TD>
<TD><FONT SIZE="5"><B>Bridge will be rebuilt</B></FONT><BR><FONT SIZE="2"><I>Stone arches to stay</I></FONT><BR><BR>
<FONT SIZE="2">By ANN LEE<BR>Examiner Staff Writer</FONT><BR><BR>
<FONT SIZE="3">${STORY.join('<BR><BR>\n')}<BR><BR></FONT></TD></TR></TABLE></BODY></HTML>`;
    const article = read(html);
    assert.deepEqual(article.headline, {
      value: 'Bridge will be rebuilt',
      evidence: `the page's <title>, the part the page shows as its headline`,
    });
    assert.equal(bodyText(article.body), STORY.join('\n'));
    assert.equal(article.body.children.length, STORY.length);
  });

  test('a "By …" line at the top names the authors when nothing else does', () => {
    const article = read(page({ body: `<p>By ANN LEE and TOM ROE</p>${storyParagraphs()}` }));
    assert.deepEqual(article.authors, {
      value: ['By ANN LEE and TOM ROE'],
      evidence: `the "By …" line at the top of the article`,
    });
    assert.equal(bodyText(article.body), STORY.join('\n'));
  });

  test("a note about the author under the story is not the story's text", () => {
    const head = meta('name', 'author', 'Ann Lee');
    const notes = [
      '<p><em>Ann Lee covers county government. Email her at alee@example.com.</em></p>',
      '<p>Contact Ann Lee at 555-0100 or alee@example.com.</p>',
    ];
    for (const note of notes) {
      const article = read(page({ head, body: storyParagraphs() + note }));
      assert.equal(bodyText(article.body), STORY.join('\n'), note);
    }
    const contributed = read(
      page({ head, body: `${storyParagraphs()}<p><em>Tom Roe contributed reporting from the capital.</em></p>` }),
    );
    assert.match(bodyText(contributed.body), /Tom Roe contributed reporting/);
  });

  test('a page without <html>, <head> or <body> keeps its content; HTML comments are not text', () => {
    const html = `<!doctype html><title>Bridge will be rebuilt | Paper</title><h1>Bridge will be rebuilt</h1>${storyParagraphs()}<!-- .entry-content -->`;
    const article = read(html);
    assert.equal(article.headline?.value, 'Bridge will be rebuilt');
    assert.equal(bodyText(article.body), STORY.join('\n'));
  });

  test('a live page: each update keeps its heading and text, not its time or its byline', () => {
    const updates = STORY.map(
      (text, i) =>
        `<article class="update"><time datetime="2024-11-05T2${i}:00">${i + 8}:00 p.m.</time><h2>Update ${i + 1}</h2><div class="update__byline">Ann Lee</div><p>${text}</p></article>`,
    ).join('');
    const html = `<!doctype html><html><head>${meta('property', 'og:title', 'Election night')}</head><body><main><h1>Election night</h1>${updates}</main></body></html>`;
    const article = read(html);
    const text = bodyText(article.body);
    assert.doesNotMatch(text, /p\.m\.|Ann Lee/);
    assert.equal(nodesOfType(article.body, 'heading').length, STORY.length);
  });

  test('the story outside its <article> is still found when the <article> does not hold it', () => {
    const html = `<!doctype html><html><head></head><body><article><h1>Bridge</h1><p class="teaser">Short teaser line.</p></article>
<div class="content">${storyParagraphs()}</div></body></html>`;
    assert.equal(bodyText(read(html).body), STORY.join('\n'));
  });

  test('a standfirst written as a list of points reads as sentences', () => {
    const before =
      '<h1>Bridge</h1><ul class="article-dek-bullets"><li>The bridge will be rebuilt</li><li>Arches stay!</li></ul>';
    const article = read(page({ before }));
    assert.equal(article.dek?.value, 'The bridge will be rebuilt. Arches stay!');
    assert.equal(bodyText(article.body), STORY.join('\n'));
  });
});

describe('htmlFragmentToBody', () => {
  test('an HTML body from a JSON export: paragraphs, <br><br> breaks, tweets, figures, absolute links', () => {
    const html = `<p>First paragraph with a <a href="/rel">relative link</a>.</p><p>Old line one<br><br>Old line two</p>
<blockquote class="twitter-tweet"><p>Tweet text</p>&mdash; Jane (@jane) <a href="https://twitter.com/jane/status/1">May 1, 2023</a></blockquote>
<figure><img src="x.jpg"><figcaption>A caption (Photo: AP)</figcaption></figure><script>alert(1)</script>`;
    const { body, notes } = htmlFragmentToBody(html, 'https://example.com/a/b');
    assert.deepEqual(
      body.children.map((node) => node.type),
      ['paragraph', 'paragraph', 'paragraph', 'containerDirective', 'containerDirective'],
    );
    assert.equal(toString(body.children[1] as Nodes), 'Old line one');
    assert.equal(toString(body.children[2] as Nodes), 'Old line two');
    assert.deepEqual((nodesOfType(body, 'link')[0] as { url: string }).url, 'https://example.com/rel');
    assert.deepEqual((body.children[4] as { attributes: object }).attributes, { credit: 'AP' });
    assert.ok(Array.isArray(notes));
  });

  test('without a base URL, relative links keep only their text', () => {
    const { body, notes } = htmlFragmentToBody(
      '<p>A <a href="/rel">relative link</a> and <a href="http://x.org/">one</a>.</p>',
    );
    assert.deepEqual(
      (nodesOfType(body, 'link') as { url: string }[]).map((link) => link.url),
      ['http://x.org/'],
    );
    assert.equal(toString(body), 'A relative link and one.');
    assert.match(notes.join('\n'), /not http\(s\)/);
  });

  test('h1 and h5 map into the 2–4 range, keeping their order of rank', () => {
    const { body } = htmlFragmentToBody('<h1>Top</h1><p>Text.</p><h2>Second</h2><h5>Deep</h5>');
    assert.deepEqual(
      (nodesOfType(body, 'heading') as { depth: number }[]).map((heading) => heading.depth),
      [2, 3, 4],
    );
  });
});
