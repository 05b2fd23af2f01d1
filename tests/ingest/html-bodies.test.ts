/**
 * Article bodies on small hand-made pages, one per failure mode fixed in the
 * HTML reader's body extraction (the patterns were met on real saved pages;
 * no text of those pages is here).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bodyBlocks } from '../../src/ingest/formats/html/body-text.ts';
import { parsePage } from '../../src/ingest/formats/html/parse-page.ts';
import { readHtml } from '../../src/ingest/formats/html/read-html.ts';

const STORY = [
  'The county board voted on Tuesday to rebuild the old stone bridge over Mill Creek, ending a debate that has gone on for most of a decade.',
  'Engineers told the board that the bridge, built in 1911, could carry school buses for at most three more winters before its deck would need to close.',
  'Residents on both banks spoke for more than an hour, most of them in favor of keeping the stone arches and widening the road above them.',
  'The rebuilt bridge will cost about $4.2 million, most of it paid by a state grant, and construction is expected to start next spring.',
  'Board members said a detour along Route 9 would add about ten minutes to the trip into town while the work is done.',
];
const paragraphs = (texts: readonly string[] = STORY) => texts.map((text) => `<p>${text}</p>`).join('\n');

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
<div><div>${paragraphs(STORY.slice(0, 2))}</div></div>
<div><div>${paragraphs(STORY.slice(2, 3))}</div></div>
<div><div>${paragraphs(STORY.slice(3, 4))}</div></div>
<div><div>${paragraphs(STORY.slice(4))}</div></div>
</html>`;
    const outcome = readHtml(html);
    assert.ok(outcome.ok);
    assert.equal(outcome.articles[0]?.headline?.value, 'Bridge to be rebuilt');
    assert.ok(bodyOf(html).includes(STORY[0]!));
  });

  test('a <link> between </head> and <body> does not hide the body (Readability found no content)', () => {
    const html = `<html><head><title>Bridge to be rebuilt</title></head>
<link rel="stylesheet" href="style.css">
<body><table><tr><td>${paragraphs()}</td></tr></table></body></html>`;
    const document = parsePage(html);
    assert.deepEqual(
      [...document.documentElement.children].map((child) => child.localName),
      ['head', 'body'],
    );
    assert.ok(document.body.textContent?.includes(STORY[0]!));
    assertWholeStory(bodyOf(html));
  });
});
