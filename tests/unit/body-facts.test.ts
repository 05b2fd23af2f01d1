import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BodyFacts } from '../../src/markdown/rehype-body-facts.ts';
import { renderFileLikeTheSite } from '../support/render-like-the-site.ts';

/** What the pipeline records of a body, in its plugin front matter, beside the reading time. */
async function factsOf(markdown: string): Promise<BodyFacts & { readingMinutes?: number }> {
  const file = await renderFileLikeTheSite(markdown);
  return file.data.astro!.frontmatter as unknown as BodyFacts;
}

describe('the facts the pipeline records of a body', () => {
  test('records paragraphs, list items, headings and attributed quotes in order, and the lead', async () => {
    const facts = await factsOf(
      [
        'The couple *lost* their son, [Teigen](https://example.com/) wrote  on Instagram.',
        '## What they said',
        '- One item\n- Another, with `code`',
        '> A plain quote, read as a paragraph.',
        ':::quote{by="Chrissy Teigen" handle="chrissyteigen" platform="Twitter" date="2020-10-01"}\nDriving home from the hospital.\n\nWith no baby.\n:::',
        ':::caption{credit="AP"}\nA caption is not story text.\n:::',
        'Fish &amp; chips, “quoted” words; the end.',
      ].join('\n\n'),
    );
    assert.deepEqual(facts.paragraphs, [
      { text: 'The couple lost their son, Teigen wrote on Instagram.' },
      { text: 'What they said' },
      { text: 'One item' },
      { text: 'Another, with code' },
      { text: 'A plain quote, read as a paragraph.' },
      { text: 'Driving home from the hospital. With no baby.', by: 'Chrissy Teigen' },
      { text: 'Fish & chips, “quoted” words; the end.' },
    ]);
    assert.equal(facts.lead, 'The couple lost their son, Teigen wrote on Instagram.');
    assert.equal(facts.readingMinutes, 1, 'beside what the other plugins record');
  });

  test('the lead is the first top-level paragraph, not one inside a quote, a list or a caption', async () => {
    const facts = await factsOf('> A quote first.\n\n:::caption\nA caption.\n:::\n\n- A list\n\nThen the [lead](/x).');
    assert.equal(facts.lead, 'Then the lead.');
  });

  test('a body with no top-level paragraph has no lead', async () => {
    for (const markdown of [':::quote{by="John Legend"}\nOnly a quote.\n:::', '## Only a heading']) {
      const facts = await factsOf(markdown);
      assert.equal('lead' in facts, false, markdown);
      assert.equal(facts.paragraphs.length, 1, markdown);
    }
  });

  test('a list item is one paragraph with the list nested in it; a paragraph closes up before punctuation', async () => {
    const facts = await factsOf('- Outer\n  - inner\n\n“Quoted ” , spaced !');
    assert.deepEqual(facts.paragraphs, [{ text: 'Outer inner' }, { text: '“Quoted”, spaced!' }]);
  });

  test('a heading of the first level is not a paragraph; raw HTML is text', async () => {
    const facts = await factsOf('# Title\n\n<b>bold</b> & more');
    assert.deepEqual(facts.paragraphs, [{ text: '<b>bold</b> & more' }]);
  });
});
