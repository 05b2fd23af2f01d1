import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { XMLValidator } from 'fast-xml-parser';
import { readHtml } from '../../src/ingest/formats/html/read-html.ts';
import { readJson } from '../../src/ingest/formats/json.ts';
import { readMarkdown } from '../../src/ingest/formats/markdown.ts';
import { readText } from '../../src/ingest/formats/text.ts';
import { withoutInvisibleFormatting } from '../../src/ingest/deciding/invisible-formatting.ts';
import { hasXmlForbidden } from '../../src/entry/invisible-formatting.ts';
import { emptyProjects, ingest } from './helpers.ts';

const project = emptyProjects();
const BAD = ['\u0001', '\u0008', '\u000b', '\u000c', '\u001f', '\ufffe', '\uffff', '\ud800'];

describe('characters XML 1.0 forbids', () => {
  it('are removed from every field and the body of a JSON source, with a note, and the entry is written', async () => {
    const root = project();
    const json = JSON.stringify({
      title: `Storm\u0001 hits\u0008 the\u000b coast\ufffe`,
      description: 'A dek\u0002',
      author: 'Jane\u0007 Doe',
      publisher: 'The\u0003 Paper',
      date: '2020-11-01',
      keywords: ['wea\u0004ther', 'coast\ud800'],
      body: 'The harbour\u0005 master said the ferry would run again on Monday, after the storm\uffff.',
    });
    writeFileSync(join(root, 'content/sources/storm.json'), json);
    const run = await ingest(root, '--verbose');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /removed control characters XML does not allow/);
    const entry = readFileSync(join(root, 'content/articles/storm.md'), 'utf8');
    assert.equal(hasXmlForbidden(entry), false, entry);
    assert.match(entry, /headline: "Storm hits the coast"/);
    assert.match(entry, /The harbour master said/);
  });

  it('are removed whichever reader found them', async () => {
    const text = `Storm${BAD.join('')} hits\n\nThe harbour${BAD.join('')} master said the ferry would run again.\n`;
    const html = `<html><head><title>Storm${BAD.join('')} hits</title></head><body><article><h1>Storm${BAD.join('')} hits</h1>${'<p>The harbour master said the ferry would run again on Monday, after the storm that closed the port for a week and kept the fishing boats in.</p>'.repeat(3)}<p>The harbour${BAD.join('')} master said the ferry would run again on Monday, once the divers had checked the pier.</p></article></body></html>`;
    for (const [name, outcome] of [
      ['text', readText(text)],
      ['json', readJson(JSON.stringify({ title: `A${BAD.join('')}`, body: `B${BAD.join('')}` }))],
      ['html', readHtml(html)],
      [
        'markdown',
        readMarkdown(
          `---\ntitle: "A\\u0001 b"\ntags: ["x\\u0008"]\n---\n\nThe harbour${BAD.join('')} master said it.\n`,
        ),
      ],
    ] as const) {
      assert.ok(outcome.ok, name);
      for (const article of outcome.articles) {
        const clean = withoutInvisibleFormatting(article);
        const texts: string[] = [];
        JSON.stringify(clean, (_key, value: unknown) => {
          if (typeof value === 'string') texts.push(value);
          return value;
        });
        assert.deepEqual(texts.filter(hasXmlForbidden), [], name);
        assert.equal(XMLValidator.validate(`<a>${clean.headline?.value ?? ''}</a>`), true, name);
      }
    }
  });
});
