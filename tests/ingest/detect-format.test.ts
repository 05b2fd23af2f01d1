import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectFormat } from '../../src/ingest/formats/detect-format.ts';

const REUTERS = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TEXT>&#2;
<TITLE>BAHIA COCOA REVIEW</TITLE>
<BODY>Showers continued.</BODY></TEXT>
</REUTERS>`;

const TREC = `<DOC>
<DOCNO> AP880212-0001 </DOCNO>
<HEAD>Reports Former Saigon Officials Released</HEAD>
<TEXT>
   More than 150 former officers were released.
</TEXT>
</DOC>`;

const NITF = `<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Storm</title></head><body><body.content><p>A storm hit.</p><p>More.</p></body.content></body></nitf>`;

const HTML_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Storm hits coast</title></head>
<body><article><h1>Storm hits coast</h1><p>A storm hit the coast.</p></article></body></html>`;

const PLAIN = `Storm hits coast

By Jane Doe

MIAMI — A storm hit the coast on Thursday, the worst in years.

Officials said:
- 3,000 homes lost power
- two bridges closed

"It was loud," one resident said.`;

describe('detectFormat', () => {
  it('recognises each wire dialect, whatever the file is called', () => {
    assert.equal(detectFormat(REUTERS, 'reut2-000.sgm'), 'wire');
    assert.equal(detectFormat(REUTERS, 'story.txt'), 'wire');
    assert.equal(detectFormat(TREC, 'ap880212.txt'), 'wire');
    assert.equal(detectFormat(NITF, 'story.xml'), 'wire');
    assert.equal(detectFormat('<nitf>\n<body><body.content><p>x</p></body.content></body></nitf>', 'a.html'), 'wire');
  });

  it('reads bare wire tags as wire: <TEXT> is no HTML element', () => {
    assert.equal(detectFormat('<TITLE>Council votes</TITLE>\n<TEXT>The council voted.</TEXT>', 'a.txt'), 'wire');
    assert.equal(detectFormat('<HEADLINE>Council votes</HEADLINE><BODY>The council voted.</BODY>', 'a.txt'), 'wire');
  });

  it('recognises HTML by content: a page in a .txt file, a page without <html>, a fragment of paragraphs', () => {
    assert.equal(detectFormat(HTML_PAGE, 'story.txt'), 'html');
    assert.equal(detectFormat('<head><title>T</title></head><body>Just text.</body>', 'story'), 'html');
    assert.equal(detectFormat('<p>A storm hit.</p>\n<p>More.</p>', 'story.txt'), 'html');
    assert.equal(detectFormat('Storm hits coast\n\n<p>A storm hit.</p>\n<p>It was loud.</p>', 'story.txt'), 'html');
  });

  it('keeps an HTML page with inline SVG <text> and a <title> HTML', () => {
    const page = '<html><body><svg><title>Chart</title><text x="1">2020</text></svg><p>Story.</p></body></html>';
    assert.equal(detectFormat(page, 'page.html'), 'html');
  });

  it('reads plain text in a .html file as text', () => {
    assert.equal(detectFormat(PLAIN, 'story.html'), 'text');
    assert.equal(detectFormat('A story that mentions the <DOC> tag in passing.', 'story.html'), 'text');
  });

  it('recognises JSON objects and arrays, and a broken .json file as JSON so its reader can say where it breaks', () => {
    assert.equal(detectFormat('{"headline": "Storm", "body": "A storm hit."}', 'story.txt'), 'json');
    assert.equal(detectFormat('  [\n {"title": "Storm"}\n]\n', 'feed'), 'json');
    assert.equal(detectFormat('{"headline": "Storm", }', 'story.json'), 'json');
    assert.equal(detectFormat('{"headline": "Storm", }', 'story.txt'), 'text');
    assert.equal(detectFormat('[Storm](https://example.com) hits the coast', 'story'), 'markdown');
  });

  it('recognises Markdown by its front matter', () => {
    const text = '---\ntitle: Storm hits coast\ndate: 2020-10-01\n---\n\nA storm hit the coast.\n';
    assert.equal(detectFormat(text, 'story.txt'), 'markdown');
  });

  it('does not take a text opening with a rule line for front matter', () => {
    assert.equal(detectFormat('---\nStorm hits coast. More later.\n---\nA storm hit.', 'story.txt'), 'text');
  });

  it('recognises Markdown by headings, links and emphasis, except in a file named .txt', () => {
    assert.equal(detectFormat('# Storm hits coast\n\nA storm hit the coast.', 'story'), 'markdown');
    assert.equal(detectFormat('# Storm hits coast\n\nA storm hit the coast.', 'story.txt'), 'text');
    assert.equal(
      detectFormat('A storm hit, [the agency said](https://example.com/report) on **Thursday**.', 'story'),
      'markdown',
    );
    assert.equal(detectFormat('A **big** storm hit the *whole* coast.', 'story.md'), 'markdown');
  });

  it('keeps a plain article with a "- " list, or a single starred word, as text', () => {
    assert.equal(detectFormat(PLAIN, 'story.txt'), 'text');
    assert.equal(detectFormat('The storm was *huge*, residents said.\n\n- one\n- two', 'story.txt'), 'text');
    assert.equal(detectFormat('Tag your posts #storm and #miami.', 'story.txt'), 'text');
  });

  it('breaks a tie with the extension: plain text in a .md file is Markdown', () => {
    assert.equal(detectFormat(PLAIN, 'story.md'), 'markdown');
  });
});
