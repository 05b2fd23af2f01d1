/**
 * The sitemap (from @astrojs/sitemap) and robots.txt of the made-up archive
 * built for a deployment under a base path: valid against the sitemap
 * schema (xmllint), listing exactly the pages meant to be proposed, each at
 * its canonical URL.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { absoluteUrl } from '../../src/lib/site-url.ts';
import { storyPath } from '../../src/entry/story-path.ts';
import { buildSite } from '../support/build-site.ts';
import { REPO_DIR } from '../support/entries.ts';
import { fixtureStories, writeFixtureArchive } from '../support/fixture-archive.ts';

const SITE_URL = 'https://archive.example.net';
const BASE_PATH = '/old-news/';
const onDeployment = (path: string) => absoluteUrl(path, SITE_URL, BASE_PATH);

const SITEMAP_XSD = join(REPO_DIR, 'node_modules/sitemap/schema/sitemap.xsd');

/**
 * The `sitemap` package ships the schema of a sitemap (<urlset>) but not of
 * a sitemap index. This is the index as the protocol (sitemaps.org) defines
 * it, on the shipped schema's own types for <loc> and <lastmod>.
 */
const SITEMAP_INDEX_XSD = `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"
            targetNamespace="http://www.sitemaps.org/schemas/sitemap/0.9"
            xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
            elementFormDefault="qualified">
  <xsd:include schemaLocation="${SITEMAP_XSD}"/>
  <xsd:element name="sitemapindex">
    <xsd:complexType>
      <xsd:sequence>
        <xsd:element name="sitemap" maxOccurs="50000">
          <xsd:complexType>
            <xsd:sequence>
              <xsd:element name="loc" type="tLoc"/>
              <xsd:element name="lastmod" type="tLastmod" minOccurs="0"/>
              <xsd:any namespace="##other" minOccurs="0" maxOccurs="unbounded" processContents="strict"/>
            </xsd:sequence>
          </xsd:complexType>
        </xsd:element>
      </xsd:sequence>
    </xsd:complexType>
  </xsd:element>
</xsd:schema>
`;

/** Validates a file against an XSD with xmllint; fails with xmllint's own words. */
function assertValid(file: string, schema: string) {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
  assert.ok(
    !run.error,
    `xmllint could not run (${run.error?.message}): install Debian's libxml2-utils (npm test does, as root)`,
  );
  assert.equal(run.status, 0, `${file} against ${schema}:\n${run.stderr}`);
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]!);

describe('sitemap and robots.txt (made-up archive, built for https://archive.example.net/old-news/)', () => {
  let contentDir: string;
  let outDir: string;
  let schemaDir: string;
  let storyPaths: string[];
  /** The sitemaps the index lists, as files in the build. */
  let sitemapFiles: string[];
  let listed: string[];

  before(() => {
    const stories = fixtureStories();
    storyPaths = stories.map((story) => storyPath(story.data));
    contentDir = writeFixtureArchive(stories);
    outDir = buildSite({ contentDir, siteUrl: SITE_URL, basePath: BASE_PATH });
    schemaDir = mkdtempSync(join(tmpdir(), 'sitemap-index-xsd-'));
    const index = readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8');
    sitemapFiles = locs(index).map((loc) => {
      assert.ok(loc.startsWith(onDeployment('/')), `the index lists ${loc}, outside the deployment`);
      return join(outDir, loc.slice(onDeployment('/').length));
    });
    listed = sitemapFiles.flatMap((file) => locs(readFileSync(file, 'utf8')));
  });

  after(() => {
    for (const dir of [contentDir, outDir, schemaDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the sitemap index is valid against the protocol and lists sitemaps that exist', () => {
    const schema = join(schemaDir, 'siteindex.xsd');
    writeFileSync(schema, SITEMAP_INDEX_XSD);
    assertValid(join(outDir, 'sitemap-index.xml'), schema);
    assert.ok(sitemapFiles.length > 0, 'the index lists no sitemap');
    for (const file of sitemapFiles) assert.ok(existsSync(file), `${file} is listed but not built`);
  });

  test('every sitemap is valid against sitemap.xsd', () => {
    for (const file of sitemapFiles) assertValid(file, SITEMAP_XSD);
  });

  test('lists every page but the 404 page and the search page, numbered pages of lists too, each once, ending in "/"', () => {
    const pages = readdirSync(outDir, { recursive: true })
      .map((file) => String(file).split('\\').join('/'))
      .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
      .map((file) => `/${file.replace(/index\.html$/, '')}`);
    const proposed = pages.filter((path) => path !== '/search/');
    assert.ok(
      pages.some((path) => /\/page\/1\/$/.test(path)),
      'the archive is large enough to paginate',
    );
    assert.equal(new Set(listed).size, listed.length, 'a URL is listed twice');
    assert.deepEqual([...listed].sort(), proposed.map(onDeployment).sort());
    for (const path of storyPaths) assert.ok(listed.includes(onDeployment(path)), `story ${path} is missing`);
    for (const url of listed) assert.match(url, /\/$/, url);
  });

  test("each listed URL is its page's canonical URL", () => {
    for (const url of listed) {
      const file = join(outDir, url.slice(onDeployment('/').length), 'index.html');
      const canonical = select('link[rel="canonical"]', fromHtml(readFileSync(file, 'utf8')));
      assert.equal(canonical?.properties['href'], url, file);
    }
  });

  test('robots.txt allows every crawler and names the sitemap index by its absolute URL', () => {
    const robots = readFileSync(join(outDir, 'robots.txt'), 'utf8');
    assert.match(robots, /^User-agent: \*$/m);
    assert.match(robots, /^Allow: \/$/m);
    assert.doesNotMatch(robots, /^Disallow: \S/m);
    assert.deepEqual(
      [...robots.matchAll(/^Sitemap: (.*)$/gm)].map((match) => match[1]),
      [onDeployment('/sitemap-index.xml')],
    );
  });
});
