import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { evaluateDates, formatDateReport, label } from '../../scripts/eval/dates.ts';
import { decidePublished } from '../../src/ingest/deciding/decide-entry.ts';
import { parseStatedDate } from '../../src/ingest/reading/dates/parse-date.ts';
import { urlDate } from '../../src/ingest/formats/html/page-date.ts';
import { readHtml, readHtmlDate, savedTime } from '../../src/ingest/formats/html/read-html.ts';
import type { ReceivedArticle } from '../../src/ingest/reading/received.ts';

/** Synthetic pages only: a few paragraphs of made-up story so that Readability takes the block for an article. */
const STORY = [
  'The town council met on a wet evening to settle the question of the old ferry landing, which has been closed since the flood.',
  'Engineers said the pilings could be repaired within a season, though the cost would fall mostly on the harbour fund.',
  'Several fishermen spoke in favour of reopening it quickly, saying the detour by road added an hour to every trip to market.',
  'The council agreed to ask for bids before the end of the month and to report back at its next meeting in the spring.',
];

function page({ lang = '', head = '', before = '', after = '' } = {}): string {
  const story = STORY.map((text) => `<p>${text}</p>`).join('');
  return `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8">${head}</head><body>
<main><article><h1>Ferry landing to reopen</h1>${before}<div class="article-body">${story}</div>${after}</article></main>
<footer><p>Example Gazette</p></footer></body></html>`;
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const meta = (attribute: string, key: string, content: string) => `<meta ${attribute}="${key}" content="${content}">`;

function read(html: string): ReceivedArticle {
  const outcome = readHtml(html);
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.problem.reason);
  const [article] = outcome.articles;
  assert.ok(article);
  return article;
}

/** The `published` value the ingester decides for the page. */
function published(html: string): string | undefined {
  const decided = decidePublished(read(html));
  return 'value' in decided ? decided.value : undefined;
}

describe('page dates: placeholders and impossible values are passed over for the next source', () => {
  test('JSON-LD year 1 → the meta tag', () => {
    const head =
      jsonLd({ '@type': 'NewsArticle', headline: 'H', datePublished: '0001-01-01T00:00:00Z' }) +
      meta('property', 'article:published_time', '2019-11-15T08:00:00Z');
    const article = read(page({ head }));
    assert.equal(article.date?.value.written, '2019-11-15T08:00:00Z');
    assert.ok(article.notes.some((note) => /placeholder|implausible/.test(note)));
  });
  test('the Unix epoch and 1900-01-01 → the <time> element', () => {
    for (const placeholder of ['1970-01-01T00:00:00Z', '1900-01-01']) {
      const head = meta('property', 'article:published_time', placeholder);
      const before = '<p class="meta"><time datetime="2019-11-15">15 November 2019</time></p>';
      assert.equal(published(page({ head, before })), '2019-11-15', placeholder);
    }
  });
  test('a template placeholder → the URL path', () => {
    const head =
      meta('property', 'article:published_time', '{{article.date}}') +
      '<link rel="canonical" href="https://news.example.com/2019/11/15/ferry-landing/">';
    assert.equal(published(page({ head })), '2019-11-15');
  });
  test('a date after the page was saved (an archive capture) → the visible date', () => {
    const head =
      '<link rel="stylesheet" href="https://web.archive.org/web/20191120101010/https://news.example.com/s.css">' +
      meta('property', 'article:published_time', '2031-05-01T10:00:00Z');
    const before = '<div class="post-date">November 15, 2019</div>';
    assert.equal(published(page({ head, before })), '2019-11-15');
    assert.equal(savedTime(head)?.toISOString(), '2019-11-20T10:10:10.000Z');
  });
  test('a link to an archived copy of another page does not date the saving of this one', () => {
    const links =
      '<a href="http://web.archive.org/web/20170522022750/https://social.example.com/gazette">Follow us</a>';
    assert.equal(savedTime(links), undefined);
    const head = meta('property', 'article:published_time', '2020-03-11T14:07:04-06:00');
    assert.equal(published(page({ head, after: links })), '2020-03-11T14:07:04-06:00');
  });
  test('a date in the future → refused, not taken', () => {
    const article = read(page({ head: meta('property', 'article:published_time', '2999-01-05') }));
    assert.equal(article.date, undefined);
  });
  test('JSON-LD with a stray brace after the object is still read', () => {
    const head =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2020-10-26T18:10:00+01:00"}}</script>';
    assert.equal(published(page({ head })), '2020-10-26T18:10:00+01:00');
  });
  test("a WebPage's datePublished when the article states none", () => {
    const head = jsonLd({ '@type': 'WebPage', name: 'H', datePublished: '2020-03-04' });
    assert.equal(published(page({ head })), '2020-03-04');
  });
});

describe('page dates: the original, not the modification', () => {
  test('a <time class="updated"> is not the publication date', () => {
    const before =
      '<p><time class="updated" datetime="2022-02-01">1 Feb</time> <time datetime="2022-01-24">24 Jan</time></p>';
    assert.equal(published(page({ before })), '2022-01-24');
  });
  test('dates in comments are not the story’s', () => {
    const after = '<div class="comments"><div class="comment-meta">Ann, August 6, 2019</div></div>';
    const before = '<p class="byline">By Jo Roe</p>';
    const article = read(page({ before, after }));
    assert.equal(article.date, undefined);
  });
  test('a date element inside the article footer (microdata of the article) is the story’s', () => {
    const html = `<!doctype html><html lang="de"><body><div class="article" itemscope itemtype="http://schema.org/Article">
<div itemprop="articleBody">${STORY.map((t) => `<p>${t}</p>`).join('')}</div>
<div class="footer"><time itemprop="datePublished" datetime="2020-01-27">27.01.2020</time></div></div></body></html>`;
    assert.equal(published(html), '2020-01-27');
  });
});

describe('page dates: verbose, glued and foreign forms', () => {
  test('weekday and time before the full date', () => {
    assert.equal((parseStatedDate('Fri 6:45 PM, Feb 16, 2018') as { published: string }).published, '2018-02-16');
    assert.equal(published(page({ before: '<div class="date">Fri 6:45 PM, Feb 16, 2018</div>' })), '2018-02-16');
  });
  test('a date run into the name before it', () => {
    const before = '<div class="byline">By Carrie ArnoldNovember 15, 2019</div>';
    assert.equal(published(page({ before })), '2019-11-15');
  });
  test('month names in German, Spanish, Dutch, Romanian', () => {
    for (const [text, day] of [
      ['22. Oktober 2019', '2019-10-22'],
      ['martes 17 de marzo de 2020', '2020-03-17'],
      ['9 oktober 2020 11:12', '2020-10-09'],
      ['20 septembrie 2020 16:20', '2020-09-20'],
      ['07 Dezember, 2022', '2022-12-07'],
    ]) {
      const reading = parseStatedDate(text!);
      assert.ok(reading.ok && reading.published === day, `${text}: ${JSON.stringify(reading)}`);
    }
  });
  test('a basic ISO date with an extended time, and microseconds', () => {
    const a = parseStatedDate('20200316T13:00:00Z');
    assert.ok(a.ok && a.published === '2020-03-16T13:00:00Z', JSON.stringify(a));
    const b = parseStatedDate('2023-11-08T21:24:10.336533-05:00');
    assert.ok(b.ok && b.published === '2023-11-08T21:24:10-05:00', JSON.stringify(b));
  });
  test('a CJK date', () => {
    const reading = parseStatedDate('2020年07月03日');
    assert.ok(reading.ok && reading.published === '2020-07-03');
  });
  test('a <time> whose text is only a clock time gives way to the next source', () => {
    const before = '<p><time>16:45</time></p><div class="date">24 August 2020</div>';
    assert.equal(published(page({ before })), '2020-08-24');
  });
  test('a sentence that mentions a date is no date line', () => {
    const before =
      '<p>The next meeting is set for Wednesday 5 February 2020 from seven in the evening at the cafe by the harbour.</p>';
    assert.equal(read(page({ before })).date, undefined);
  });
  test('midnight exactly is a date without a time', () => {
    const head = meta('property', 'article:published_time', '2018-02-20T00:00:00.000Z');
    assert.equal(published(page({ head })), '2018-02-20');
  });
});

describe("page dates: numeric dates in the page's own order", () => {
  test('dotted dates are day first everywhere', () => {
    const reading = parseStatedDate('02.12.2022');
    assert.ok(reading.ok && reading.published === '2022-12-02');
    assert.equal(published(page({ before: '<div class="date">Kultur, 2.11.22</div>' })), '2022-11-02');
  });
  test('slashed dates follow the page language: day first in German, month first in US English', () => {
    const before = '<div class="date">10/01/2020</div>';
    assert.equal(published(page({ lang: 'de', before })), '2020-01-10');
    assert.equal(published(page({ lang: 'en-US', before })), '2020-10-01');
    assert.equal(published(page({ lang: 'en-GB', before })), '2020-01-10');
    const decided = decidePublished(read(page({ lang: 'en-US', before })));
    assert.ok(!('problem' in decided));
  });
});

describe('page dates: the URL path', () => {
  test('year first, compact, and day first only when unambiguous', () => {
    assert.equal(urlDate('https://x.example/2019/11/15/story'), '2019-11-15');
    assert.equal(urlDate('https://x.example/news/2019-11-15-story'), '2019-11-15');
    assert.equal(urlDate('https://x.example/a/20191115/story'), '2019-11-15');
    assert.equal(urlDate('https://x.example/n/23-01-2022-story/1.html'), '2022-01-23');
    assert.equal(urlDate('https://x.example/n/03-01-2022-story/1.html'), undefined);
    assert.equal(urlDate('https://x.example/n/story-12345678'), undefined);
  });
});

/** The page with `html` after the story's `<main>`, away from the headline. */
const outside = (html: string, after: string) => html.replace('</main>', `</main>${after}`);

/** The day of the date the reader states (not one inferred from the text). */
function statedDay(html: string): string | undefined {
  const reading = read(html).date?.value;
  return reading?.ok ? reading.published.slice(0, 10) : undefined;
}

describe("page dates: when the page's fields disagree", () => {
  test('a site-wide <meta name="date"> gives way to the article\'s own <time> when they name different days', () => {
    const head = meta('name', 'date', '2021-3-9T14:32:06+02:00');
    const before = '<div class="byline"><time datetime="2021-03-04">4 March 2021</time></div>';
    assert.equal(statedDay(page({ head, before })), '2021-03-04');
    assert.equal(statedDay(page({ head })), '2021-03-09');
  });
  test('the article\'s date in an <aside class="meta"> beside the headline is the story\'s', () => {
    const head = meta('name', 'date', '2021-03-09T14:32:06+02:00');
    const html = page({ head }).replace(
      '<div class="article-body">',
      '<aside class="meta"><p class="posted"><time datetime="2021-03-04">04.03.2021</time></p></aside><div class="article-body">',
    );
    assert.equal(statedDay(html), '2021-03-04');
  });
  test('a layout box named "sidebar" around the whole page is not a box beside the story', () => {
    const story = STORY.map((text) => `<p>${text}</p>`).join('');
    const html = `<!doctype html><html lang="de"><head></head><body><div class="layout two-columns right-sidebar">
<div class="content"><div class="article-header"><h2>Ferry landing to reopen</h2><ul><li class="article-date"><time datetime="2021-11-25 16:11">25. November 2021</time></li></ul></div>${story}</div>
<div class="links"><p>More</p></div></div></body></html>`;
    assert.equal(statedDay(html), '2021-11-25');
  });
  test('a publication stamp years before the modification the page shows, in a year the text never names → refused', () => {
    const stamp = (published: string) =>
      jsonLd({ '@type': 'Article', headline: 'H', datePublished: published, dateModified: '2020-04-07T12:33:32Z' });
    const after = '<p class="footer-info">This page was last edited on 7 April 2020, at 12:33.</p>';
    assert.equal(read(page({ head: stamp('2005-07-26T16:22:26Z'), after })).date, undefined);
    // The same stamp stands when the text shows a date in its year, or does not show the modification.
    const shown = '<p class="footer-info">First written on 26 July 2005; last edited on 7 April 2020.</p>';
    assert.equal(statedDay(page({ head: stamp('2005-07-26T16:22:26Z'), after: shown })), '2005-07-26');
    assert.equal(statedDay(page({ head: stamp('2005-07-26T16:22:26Z') })), '2005-07-26');
    assert.equal(statedDay(page({ head: stamp('2019-12-26T16:22:26Z'), after })), '2019-12-26');
  });
  test("an instant in UTC on the day after the one the URL path names → the URL's day", () => {
    const canonical = (path: string) => `<link rel="canonical" href="https://news.example.com${path}ferry-landing/">`;
    const head = jsonLd({ '@type': 'NewsArticle', headline: 'H', datePublished: '2020-02-18T02:18:11Z' });
    assert.equal(statedDay(page({ head: head + canonical('/2020/02/17/') })), '2020-02-17');
    assert.equal(statedDay(page({ head: head + canonical('/2020/02/18/') })), '2020-02-18');
    assert.equal(statedDay(page({ head: head + canonical('/news/') })), '2020-02-18');
  });
});

describe('page dates: a date the text labels as the publication date', () => {
  test('"Dieser Artikel wurde am …" in the post footer, when no field states a date', () => {
    const after =
      '<div class="post-footer">Dieser Artikel wurde am 3. März 2016 um 09:15 von <a href="/u/ann">Ann</a> geschrieben.</div>';
    assert.equal(statedDay(outside(page({ lang: 'de' }), after)), '2016-03-03');
  });
  test('"Publié le" over a date in a list of credits', () => {
    const after =
      '<ul class="credits"><li><p>Publié le</p><p>7 juin 2018</p></li><li><p>Voix</p><p>Ann Lee</p></li></ul>';
    assert.equal(statedDay(outside(page({ lang: 'fr' }), after)), '2018-06-07');
  });
  test("a labelled date in the page's description, when nothing else dates it", () => {
    const head = meta('name', 'description', 'Il ponte riapre (Notizia del 9 Marzo 2020)');
    assert.equal(statedDay(page({ lang: 'it', head })), '2020-03-09');
  });
  test('a heading that is only a date, over the headline', () => {
    const html = page({ lang: 'de' }).replace('<h1>', '<h3>21.01.2022</h3><h1>');
    assert.equal(statedDay(html), '2022-01-21');
  });
  test('a date element set in pieces (day, month and year in boxes of their own)', () => {
    const before = '<p class="info"><span class="date">Mai<span>06</span>2018</span></p>';
    assert.equal(statedDay(page({ lang: 'de', before })), '2018-05-06');
  });
  test('a date that opens the story, set off from its first sentence', () => {
    const before = '<p>Von Ann Lee</p><p>27.1.2022 – Der Rat hat beschlossen, den alten Anleger wieder zu öffnen.</p>';
    assert.equal(statedDay(page({ lang: 'de', before })), '2022-01-27');
    // The headline's h1 worded otherwise than og:title, outside any <article>: the page's only h1 is still its headline.
    const head = meta('property', 'og:title', 'Ferry landing: council votes to reopen it');
    const loose = page({ lang: 'de', head, before })
      .replace('<main><article>', '<div>')
      .replace('</article></main>', '</div>');
    assert.equal(statedDay(loose), '2022-01-27');
  });
  test('a date inside the opening sentence is what the story is about, not its date', () => {
    const before = '<p>Am 27. Januar 2022 öffnet der alte Anleger wieder, hat der Rat beschlossen.</p>';
    assert.equal(read(page({ lang: 'de', before })).date, undefined);
  });
  test('a date line right after the headline, in a box of its own', () => {
    const row = '<div class="row"><div class="col-3">Ann Lee | 04.03.2020 16:52</div></div>';
    const html = page({ lang: 'de' }).replace(
      '<h1>Ferry landing to reopen</h1>',
      `<header><h1>Ferry landing to reopen</h1></header>${row}`,
    );
    assert.equal(statedDay(html), '2020-03-04');
  });
  test('a line after the headline that says it is the modification date is not the publication date', () => {
    const row = '<div class="row"><p>Aktualisiert am 17.01.2021.</p></div>';
    const html = page({ lang: 'de' }).replace(
      '<h1>Ferry landing to reopen</h1>',
      `<header><h1>Ferry landing to reopen</h1></header>${row}`,
    );
    assert.equal(read(html).date, undefined);
  });
  test('a stale publication stamp: the date the byline shows, when it is the day of the modification stamp', () => {
    const head = jsonLd({
      '@type': 'NewsArticle',
      headline: 'Ferry landing to reopen',
      datePublished: '2017-08-21T13:09:00Z',
      dateModified: '2019-04-03T08:04:01Z',
    });
    const row = '<div class="authors"><div class="col-3">03.04.2019</div><div class="col-9">Von Ann Lee</div></div>';
    const html = page({ lang: 'de', head }).replace(
      '<h1>Ferry landing to reopen</h1>',
      `<header><h1>Ferry landing to reopen</h1></header>${row}`,
    );
    assert.equal(statedDay(html), '2019-04-03');
  });
  test('a labelled date in the lead right under the headline, though its class says teaser', () => {
    const lead = '<div class="detail__teaser-text"><p>Pressemitteilung vom 25. Januar 2022 | Berlin</p></div>';
    const html = page({ lang: 'de' }).replace(
      '<h1>Ferry landing to reopen</h1>',
      `<h1>Ferry landing to reopen</h1>${lead}`,
    );
    assert.equal(statedDay(html), '2022-01-25');
    // A teaser box further down is another story's.
    const after = '<div class="teaser"><p>Pressemitteilung vom 25. Januar 2022 | Berlin</p></div>';
    assert.equal(read(page({ lang: 'de', after })).date, undefined);
  });
  test("a labelled date in a comment box is not the story's", () => {
    const after = '<div class="comments"><p>Veröffentlicht am 3. März 2016 von einem Leser</p></div>';
    assert.equal(read(outside(page({ lang: 'de' }), after)).date, undefined);
  });
});

describe('scripts/eval/dates.ts', () => {
  test('a page whose body the reader refuses is still dated from what it states (the date cascade)', () => {
    const head = meta('property', 'article:published_time', '2019-11-15');
    const short = `<!doctype html><html><head>${head}</head><body><main><h1>Ferry landing</h1><p>Watch the video.</p></main></body></html>`;
    assert.equal(readHtml(short).ok, false);
    assert.equal(readHtmlDate(short)?.value.written, '2019-11-15');
    assert.equal(readHtmlDate(page()), undefined);
    const dir = mkdtempSync(join(tmpdir(), 'dates-eval-'));
    try {
      writeFileSync(join(dir, 'hd-a.html'), short);
      writeFileSync(join(dir, 'truth.json'), JSON.stringify({ 'hd-a': { date: '2019-11-15' } }));
      const report = evaluateDates(dir);
      assert.equal(report.totals.all?.refused, 1);
      assert.equal(report.totals.all?.noArticle, 1);
      assert.equal(report.totals.all?.cascadeExact, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('scores a folder of pages through the reader, by id prefix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dates-eval-'));
    try {
      const head = (date: string) => meta('property', 'article:published_time', date);
      writeFileSync(join(dir, 'hd-a.html'), page({ head: head('2019-11-15') }));
      writeFileSync(join(dir, 'hd-mc-b.html'), page({ head: head('2019-11-16') }));
      writeFileSync(join(dir, 'tr-c.html'), page());
      writeFileSync(join(dir, 'hd-mc-d.html'), page());
      writeFileSync(
        join(dir, 'truth.json'),
        JSON.stringify({
          'hd-a': { date: '2019-11-15' },
          'hd-mc-b': { date: '2019-11-15' },
          'tr-c': { date: '2020-01-01' },
          'hd-mc-d': { date: null },
        }),
      );
      const report = evaluateDates(dir);
      assert.equal(report.totals.all?.exact, 1);
      assert.equal(report.totals.all?.wrong, 1);
      assert.equal(report.totals.all?.refused, 1);
      assert.equal(report.totals['hd-mc-']?.undatedRefused, 1);
      assert.equal(report.totals['hd-']?.exact, 1);
      assert.match(formatDateReport(report, { verbose: true }), /hd-mc-b\s+truth 2019-11-15\s+got 2019-11-16/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('a label written year-day-month is read as the day it must be', () => {
    assert.equal(label('2022-29-11'), '2022-11-29');
    assert.equal(label('2022-11-29'), '2022-11-29');
    assert.equal(label(null), null);
  });
});
