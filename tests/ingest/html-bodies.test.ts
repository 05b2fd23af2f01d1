/**
 * Article bodies on small hand-made pages, one per failure mode fixed in the
 * HTML reader's body extraction (the patterns were met on real saved pages;
 * no text of those pages is here).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bodyBlocks } from '../../src/ingest/formats/html/body-text.ts';
import { dropFurnitureFromDom } from '../../src/ingest/formats/html/furniture-dom.ts';
import { parsePage } from '../../src/ingest/formats/html/parse-page.ts';
import { readHtml } from '../../src/ingest/formats/html/read-html.ts';
import { narrowToStoryContainer } from '../../src/ingest/formats/html/story-container.ts';
import { STORY, storyParagraphs } from './reader-helpers.ts';

/** The body as the entry holds it: its blocks (captions aside) joined by blank lines; fails when refused. */
function bodyOf(html: string): string {
  const outcome = readHtml(html);
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.problem.reason);
  return outcome.articles.map((article) => bodyBlocks(article.body).join('\n\n')).join('\n\n');
}

function assertWholeStory(body: string): void {
  for (const text of STORY) assert.ok(body.includes(text), `missing: ${text.slice(0, 40)}…`);
}

describe('page structure a browser would repair', () => {
  test('a page that never closes <head> and has no <body> is read (Readability crashed on it)', () => {
    const html = `<!DOCTYPE html><html><head><title>Bridge to be rebuilt</title>
<!-- a comment in the head -->
<meta name="description" content="">
<div><div>${storyParagraphs(STORY.slice(0, 2))}</div></div>
<div><div>${storyParagraphs(STORY.slice(2, 3))}</div></div>
<div><div>${storyParagraphs(STORY.slice(3, 4))}</div></div>
<div><div>${storyParagraphs(STORY.slice(4))}</div></div>
</html>`;
    const outcome = readHtml(html);
    assert.ok(outcome.ok);
    assert.equal(outcome.articles[0]?.headline?.value, 'Bridge to be rebuilt');
    assert.ok(bodyOf(html).includes(STORY[0]!));
  });

  test('a <link> between </head> and <body> does not hide the body (Readability found no content)', () => {
    const html = `<html><head><title>Bridge to be rebuilt</title></head>
<link rel="stylesheet" href="style.css">
<body><table><tr><td>${storyParagraphs()}</td></tr></table></body></html>`;
    const document = parsePage(html);
    assert.deepEqual(
      [...document.documentElement.children].map((child) => child.localName),
      ['head', 'body'],
    );
    assert.ok(document.body.textContent?.includes(STORY[0]!));
    assertWholeStory(bodyOf(html));
  });
});

/** A saved page: a site header, the article (its own furniture `inside` after the second paragraph), then `after`. */
function page({ inside = '', after = '', story = STORY } = {}): string {
  return `<!doctype html><html><head><title>Bridge to be rebuilt</title></head><body>
<div id="top"><a href="/">Home</a> <a href="/news">News</a></div>
<div id="story"><h1>Bridge to be rebuilt</h1>${storyParagraphs(story.slice(0, 2))}${inside}${storyParagraphs(story.slice(2))}</div>
${after}</body></html>`;
}

function assertLeftOut(body: string, ...texts: string[]): void {
  for (const text of texts) assert.ok(!body.includes(text), `left in: ${text}`);
}

/** The page's text once its furniture is dropped (before Readability runs). */
function textWithoutFurniture(html: string): string {
  const document = parsePage(html);
  dropFurnitureFromDom(document);
  return document.body.textContent ?? '';
}

describe('furniture told by class and id words (rules/furniture.yaml)', () => {
  test("a picture gallery's slide titles and captions go", () => {
    const slides = [1, 2, 3]
      .map(
        (n) =>
          `<div class="media-item"><cite>Picture ${n} of the bridge from the east bank.</cite></div><div class="media-title">Old stone bridge at dawn</div>`,
      )
      .join('');
    const html = page({ inside: `<div class="story-slideshow">${slides}</div>` });
    const text = textWithoutFurniture(html);
    assert.ok(text.includes(STORY[0]!));
    assertLeftOut(text, 'Old stone bridge at dawn', 'from the east bank');
    assertLeftOut(bodyOf(html), 'Old stone bridge at dawn', 'from the east bank');
  });

  test('an element the page hides by class (a skip link) stays out', () => {
    const body = bodyOf(
      page({ inside: '<a class="hidden" href="#story_continues">Continue reading the main story</a>' }),
    );
    assertWholeStory(body);
    assertLeftOut(body, 'Continue reading');
  });

  test("the site's foot links go", () => {
    const links = ['Terms of Use', 'About the Paper', 'Privacy', 'Contact Us']
      .map((text) => `<li><a href="/${text.length}">${text}</a></li>`)
      .join('');
    const html = page({ after: `<div id="site-foot"><h2>Paper links</h2><ul>${links}</ul></div>` });
    assertLeftOut(textWithoutFurniture(html), 'Terms of Use', 'Paper links');
    assertLeftOut(bodyOf(html), 'Terms of Use', 'Paper links');
  });
});

describe('a second reading before refusing, and refusing lists of teasers', () => {
  test('a story in a box with a furniture-like class (a WordPress category) is found by reading the page as saved', () => {
    const comments = [1, 2, 3, 4, 5, 6]
      .map(
        (n) =>
          `<article class="comment-body"><p>Reader ${n} wrote a long reply about the stone arches, the traffic on Route 9 during the works, the grant money and how the county has handled old bridges in the past.</p></article>`,
      )
      .join('');
    const html = `<!doctype html><html><head><title>Bridge to be rebuilt</title></head><body>
<div id="content"><article class="post type-post category-news"><h1>Bridge to be rebuilt</h1>
<div class="entry-content">${storyParagraphs()}</div></article>
<div id="comments">${comments}</div></div></body></html>`;
    const outcome = readHtml(html);
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.problem.reason);
    assertWholeStory(bodyOf(html));
    assert.ok(outcome.articles[0]?.notes.some((note) => note.startsWith('the body was found by')));
  });

  test('a section page of headline links, each with a line under it, is refused', () => {
    const teasers = [
      [
        'Library hours to change',
        'The county library will open later on Mondays and stay open until nine on Thursdays from next month.',
      ],
      [
        'School board race',
        'Three candidates have filed to run for the two open seats on the school board this autumn, the clerk said.',
      ],
      [
        'Farmers market returns',
        'The Saturday farmers market returns to the courthouse square in May with more stalls than last year.',
      ],
      [
        'Road work on Route 9',
        'Crews will repave a two-mile stretch of Route 9 at night over the next three weeks, the state said.',
      ],
    ]
      .map(([title, line], i) => `<h3><a href="https://paper.example/story/${i}">${title}</a></h3><p>${line}</p>`)
      .join('\n');
    const outcome = readHtml(
      `<html><head><title>Local news</title></head><body><div id="main">${teasers}</div></body></html>`,
    );
    assert.equal(outcome.ok, false);
  });

  test('a page with a <style> block before <html> is read', () => {
    const html = `<style>.grid { display: grid; }</style>
<!-- made by a plugin -->
<title>Bridge to be rebuilt</title>
<meta name="description" content="The county will rebuild the bridge.">
<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><div id="story">${storyParagraphs()}</div></body></html>`;
    const document = parsePage(html);
    assert.equal(document.documentElement.localName, 'html');
    assert.ok(document.body.textContent?.includes(STORY[0]!));
    const outcome = readHtml(html);
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.problem.reason);
    assert.equal(outcome.articles[0]?.headline?.value, 'Bridge to be rebuilt');
    assertWholeStory(bodyOf(html));
  });
});

describe('furniture told by its text (rules/furniture-text.yaml)', () => {
  test('a wire copyright line, a "story continues below" label and a topic link line stay out', () => {
    const inside = `<p>(Story continues below)</p>`;
    const after = `<p>Copyright 2009 The Wire Service. All rights reserved. This material may not be published, broadcast or rewritten.</p>
<p>All About <a href="https://paper.example/t/bridges">Bridges</a> • <a href="https://paper.example/t/county">County Board</a></p>`;
    const html = page({ inside, story: [...STORY] }).replace('</div>\n</body>', `${after}</div>\n</body>`);
    const body = bodyOf(html);
    assertWholeStory(body);
    assertLeftOut(body, 'Story continues below', 'All rights reserved', 'All About');
  });

  test('a breadcrumb trail above the headline stays out; a sentence with an arrow and a link stays in', () => {
    const html = page({ story: [...STORY] })
      .replace(
        '<h1>Bridge to be rebuilt</h1>',
        '<h5><a href="/">Home</a> &raquo; <a href="/county">County</a> &raquo; <a href="/county/news">News</a></h5><h1>Bridge to be rebuilt</h1>',
      )
      .replace(
        '</div>\n</body>',
        '<p>The detour runs Main St. → Oak Ave. → the <a href="/map">old ferry road</a> until spring, the county said.</p></div>\n</body>',
      );
    const body = bodyOf(html);
    assertWholeStory(body);
    assertLeftOut(body, 'County »', 'Home');
    assert.ok(body.includes('The detour runs Main St.'), 'a sentence with arrows is text');
  });
});

describe('credit lines and related links under the story', () => {
  test('a bracketed photo credit line stays out', () => {
    const body = bodyOf(page({ inside: '<p>[Featured Image by Jane Roe/Wire Photos]</p>' }));
    assertWholeStory(body);
    assertLeftOut(body, 'Featured Image', 'Jane Roe');
  });

  test('a "Photo credits: …" line, a caption with its credit after a bar and a numbered figure caption stay out', () => {
    const inside = [
      '<div class="media"><div class="text-small">The bridge from the east bank in winter. | © County Archive/Jane Roe</div></div>',
      '<p><br><em><sub>Figure 2: The arches seen from the creek bed, with the deck above them.</sub></em></p>',
    ].join('');
    const html = page({ inside }).replace('</div>\n</body>', '<p>Crédits photos : Agence Exemple</p></div>\n</body>');
    const body = bodyOf(html);
    assertWholeStory(body);
    assertLeftOut(body, 'County Archive', 'east bank in winter', 'Figure 2', 'Agence Exemple');
  });

  test('a "Related posts on …" heading and the dated link lines under it stay out', () => {
    const items = [
      'Council delays vote on parking rules',
      'New fire station opens on Elm Street',
      'Mill Creek trail to close for repairs',
    ]
      .map((title, i) => `<li><a href="https://paper.example/story/${i}">${title}</a> - March ${i + 2}, 2024</li>`)
      .join('');
    const html = page().replace(
      '</div>\n</body>',
      `<h3>Related posts on The Paper</h3><ul>${items}</ul></div>\n</body>`,
    );
    const body = bodyOf(html);
    assertWholeStory(body);
    assertLeftOut(body, 'Related posts', 'parking rules', 'fire station');
  });
});

describe("the story's own container", () => {
  test('the page is narrowed to a `.story-body` that holds the story, leaving out the teasers beside it', () => {
    const teasers = ['Ferry fares to rise in May', 'Library to open on Sundays', 'School roof repairs finished']
      .map((title, i) => `<li><h3><a href="/news/${i}">${title}</a></h3><p>${title}, the council says.</p></li>`)
      .join('');
    const html = `<!doctype html><html><head><title>Bridge to be rebuilt</title></head><body>
<div id="page-wrap" class="story">
<div class="block-a"><div class="story-body"><h1>Bridge to be rebuilt</h1>${storyParagraphs()}</div>
<div class="story-extra"><h2>More from the county</h2><ul>${teasers}</ul></div></div>
</div></body></html>`;
    const document = parsePage(html);
    narrowToStoryContainer(document);
    const text = document.body.textContent ?? '';
    assert.ok(text.includes(STORY[0]!) && text.includes(STORY[4]!));
    assertLeftOut(text, 'Ferry fares', 'More from the county');
  });
});
