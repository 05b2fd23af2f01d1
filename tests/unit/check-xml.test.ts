import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { checkXmlFiles, xmlProblem } from '../../src/build/check-xml.ts';

const RSS = (title: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Archive</title><item><title>${title}</title></item></channel></rss>`;

describe('xmlProblem', () => {
  test('accepts a well-formed feed, with entities, character references and astral characters', () => {
    assert.equal(xmlProblem(RSS('Storm &amp; flood &#x1F600; 😀 «quoted»')), undefined);
  });

  test('names a character XML 1.0 forbids, with its line and column', () => {
    for (const char of ['\u0001', '\u0008', '\u000b', '\ufffe', '\uffff', '\ud800']) {
      const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      assert.match(
        xmlProblem(RSS(`Storm${char} hits`)) ?? '',
        new RegExp(`^holds U\\+${code}, a character XML 1.0 does not allow, at line 1, column \\d+$`),
      );
    }
  });

  test('names a broken structure, an unknown entity and a reference to a forbidden character', () => {
    assert.match(xmlProblem(RSS('<b>Storm')) ?? '', /closing tag/);
    assert.match(xmlProblem(RSS('Storm &nbsp; hits')) ?? '', /entity/);
    assert.match(xmlProblem(RSS('Storm &#1; hits')) ?? '', /entity/);
  });
});

describe('checkXmlFiles', () => {
  const site = mkdtempSync(join(tmpdir(), 'check-xml-'));
  after(() => rmSync(site, { recursive: true, force: true }));

  test('checks every feed and sitemap of a site, and throws naming each bad file and why', () => {
    mkdirSync(join(site, 'topics/storms'), { recursive: true });
    writeFileSync(join(site, 'rss.xml'), RSS('Fine'));
    writeFileSync(join(site, 'sitemap-0.xml'), '<urlset><url><loc>https://x/</loc></url></urlset>');
    writeFileSync(join(site, 'index.html'), '<p>\u0001 not XML, not checked');
    assert.equal(checkXmlFiles(site), 2);
    writeFileSync(join(site, 'topics/storms/rss.xml'), RSS('Storm\u0001 hits'));
    writeFileSync(join(site, 'sitemap-index.xml'), '<sitemapindex><sitemap></sitemapindex>');
    assert.throws(
      () => checkXmlFiles(site),
      (error: Error) => {
        assert.match(error.message, /^2 XML files are not well-formed/);
        assert.match(error.message, /^topics\/storms\/rss\.xml: is not well-formed XML: holds U\+0001/m);
        assert.match(error.message, /^sitemap-index\.xml: is not well-formed XML: .*closing tag/m);
        return true;
      },
    );
  });
});
