import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderLikeTheSite as render } from '../support/render-like-the-site.ts';

describe('rendering an entry body', () => {
  test('renders an attributed quote as a figure with the quote and who said it, where and when, the attribution searched at a lower weight', async () => {
    const html = await render(
      ':::quote{by="John Legend" handle="johnlegend" date="2020-10-01" platform="Twitter"}\nWe love you, Jack\n:::',
    );
    assert.equal(
      html,
      '<figure class="attributed-quote"><blockquote>\n<p>We love you, Jack</p>\n</blockquote><figcaption data-pagefind-weight="0.5">— <cite>John Legend</cite> (@johnlegend) on Twitter, <time datetime="2020-10-01">October 1, 2020</time></figcaption></figure>',
    );
  });

  test('renders a caption of an image the archive lacks, with its label and credit; search gets the caption as metadata only', async () => {
    const html = await render(':::caption{credit="Getty" label="Chrissy Teigen"}\nTeigen and Legend in 2018.\n:::');
    assert.equal(
      html,
      '<figure class="media-caption" data-pagefind-ignore=""><figcaption><span class="media-note">Image not archived: Chrissy Teigen.</span> <span class="caption-text" data-pagefind-meta="caption-1">Teigen and Legend in 2018.</span> <span class="credit">Credit: Getty</span></figcaption></figure>',
    );
  });

  test('numbers the captions of one entry for search, each its own metadata field', async () => {
    const html = await render(':::caption\nOne.\n:::\n\nText.\n\n:::caption{credit="AP"}\nTwo.\n:::');
    assert.deepEqual(
      [...html.matchAll(/data-pagefind-meta="([^"]+)">([^<]*)</g)].map(([, key, text]) => [key, text]),
      [
        ['caption-1', 'One.'],
        ['caption-2', 'Two.'],
      ],
    );
  });

  test('shows raw HTML in an entry as text, so it never runs', async () => {
    const html = await render('Hello <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<div>block</div>');
    assert.doesNotMatch(html, /<script|<img|<div/);
    assert.match(html, /&#x3C;script>alert\(1\)&#x3C;\/script>/);
    assert.match(html, /<p>&#x3C;div>block&#x3C;\/div><\/p>/);
  });

  test('keeps http, https, mailto and relative links (external ones rel="noopener noreferrer") and strips any other target', async () => {
    const html = await render(
      '[a](https://example.com) [b](http://example.com) [c](javascript:alert(1)) [d](data:text/html,x) [e](mailto:desk@example.com) [f](//example.com/x) [g](/local)',
    );
    assert.match(html, /<a href="https:\/\/example.com" rel="noopener noreferrer">a<\/a>/);
    assert.match(html, /<a href="http:\/\/example.com" rel="noopener noreferrer">b<\/a>/);
    assert.match(html, /<a href="mailto:desk@example.com">e<\/a>/);
    assert.match(html, /<a>f<\/a> <a href="\/local">g<\/a>/);
    assert.doesNotMatch(html, /javascript:|data:/);
  });

  test('marks a link whose text is its own address (data-bare-url), for print, and no other', async () => {
    const html = await render(
      'https://t.co/vSFzBI5e6k www.example.com/a desk@example.com [https://t.co/x](https://t.co/x) [t.co/x](http://t.co/x) [the post](https://t.co/x) [https://a.example](https://b.example) [/local](/local)',
    );
    const marked = [...html.matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)].map(([, attributes, text]) => [
      text,
      attributes!.includes('data-bare-url'),
    ]);
    assert.deepEqual(marked, [
      ['https://t.co/vSFzBI5e6k', true],
      ['www.example.com/a', true],
      ['desk@example.com', true],
      ['https://t.co/x', true],
      ['t.co/x', true],
      ['the post', false],
      ['https://a.example', false],
      ['/local', false],
    ]);
  });

  test('gives stray inline directive syntax back as the exact text typed', async () => {
    assert.equal(await render('Note:this and :x[y]{z}'), '<p>Note:this and :x[y]{z}</p>');
  });

  test('fails on an unknown container directive, naming it', async () => {
    await assert.rejects(render(':::sidebar\ntext\n:::'), /unknown directive ":::sidebar"/);
  });
});
