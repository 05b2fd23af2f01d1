import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildEntry } from '../../src/ingest/deciding/build-entry.ts';
import { renderEntry } from '../../src/ingest/writing/render-entry.ts';
import { splitFrontMatter } from '../../src/entry/front-matter.ts';
import { renderLikeTheSite } from '../support/render-like-the-site.ts';
import { REPO } from './helpers.ts';

describe('entries on the site', () => {
  for (const name of [
    '000_6fb0a694fac15da0',
    '001_17482f6af291a5f5',
    '002_d17c487081642dcc',
    '003_66fe005479aa5f39',
    '004_e900bb8a7e956693',
  ]) {
    it(`renders the committed entry ${name} without a stray directive`, async () => {
      const text = readFileSync(join(REPO, 'content/articles', `${name}.md`), 'utf8');
      await renderLikeTheSite(splitFrontMatter(text)!.body);
    });
  }

  it('renders 002 with 25 attributed-quote figures', async () => {
    const text = readFileSync(join(REPO, 'content/articles/002_d17c487081642dcc.md'), 'utf8');
    const html = await renderLikeTheSite(splitFrontMatter(text)!.body);
    assert.equal(html.match(/<figure class="attributed-quote">/g)?.length, 25);
  });

  it('shows hostile source text as text on the page', async () => {
    const source =
      ' date 2020-10-01 A plain lede that is long enough to make a headline from.\n\n<script>alert(1)</script> [a](javascript:alert(1)) :::quote';
    const built = buildEntry({ name: 'hostile.txt', bytes: new TextEncoder().encode(source) });
    assert.ok(built.ok);
    const html = await renderLikeTheSite(splitFrontMatter(renderEntry(built.data, built.body))!.body);
    assert.match(html, /<p>&#x3C;script>alert\(1\)&#x3C;\/script> \[a\]\(javascript:alert\(1\)\) :::quote<\/p>/);
    assert.doesNotMatch(html, /<script|<a /);
  });
});
