import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseMarkdown } from '../../src/ingest/formats/parse-markdown.ts';

const gfm = unified().use(remarkParse).use(remarkGfm).freeze();

describe('parseMarkdown', () => {
  it('reads every GFM construct, a literal link spelt with references or escapes too', () => {
    for (const text of [
      '| a | b |\n| - | - |\n| 1 | 2 |\n',
      'It was ~~not~~ so.\n',
      'A note.[^1]\n\n[^1]: The note.\n',
      '- [x] done\n- [ ] to do\n',
      'See www.example.com.\n',
      'See https://example.com or HTTP://example.com.\n',
      'Write to jane&#64;example.com or jane&commat;example.com.\n',
      'See www\\.example.com and http\\://example.com.\n',
      'a\n-:\n',
      '> a\n> :--:\n',
    ]) {
      assert.deepEqual(parseMarkdown(text), gfm.parse(text), text);
    }
    assert.equal(parseMarkdown('Write to jane&#64;example.com.\n').children[0]?.type, 'paragraph');
    assert.match(JSON.stringify(parseMarkdown('Write to jane&#64;example.com.\n')), /"type":"link"/);
  });

  it('parses any text to the tree remark with GFM gives', () => {
    const piece = fc.constantFrom(
      ...['a', 'B', ' ', '\n', '\n\n', '\t', '|', '-', '~', '~~', '*', '_', '`', '#', '>', '[', ']', '(', ')', '^'],
      ...['[ ]', '[x]', '- ', '1. ', ':', '/', '.', '@', '&', '#64;', 'amp;', 'commat;', '\\', 'www', 'http', 's://'],
      ...['<b>', 'é', '😀'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(parseMarkdown(text), gfm.parse(text));
      }),
      { numRuns: 3000 },
    );
  });
});
