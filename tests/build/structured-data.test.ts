/**
 * What the built pages tell search engines and link previews: schema.org
 * JSON-LD (NewsArticle on every story, BreadcrumbList on archive pages) and
 * OpenGraph, for the bundled archive built for a deployment under a base
 * path, checked against the entries.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { archive } from '../../src/entry/config.ts';
import { parsePublished } from '../../src/entry/published-date.ts';
import { absoluteUrl } from '../../src/lib/site-url.ts';
import { storyPath } from '../../src/entry/story-path.ts';
import { buildSite } from '../support/build-site.ts';
import { readEntries, type Entry } from '../support/entries.ts';
import { wallClock } from '../support/wall-clock.ts';

const SITE_URL = 'https://news.example.org';
const BASE_PATH = '/news/';
const onDeployment = (path: string) => absoluteUrl(path, SITE_URL, BASE_PATH);

const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
/** Date archive and term pages (page 1 and later pages). */
const ARCHIVE_PAGE =
  /^(?:\d{4}\/(?:\d{2}\/(?:\d{2}\/)?)?|(?:topics|people|publications)\/[^/]+\/)(?:page\/\d+\/)?index\.html$/;

type JsonObject = Record<string, unknown>;

/** Every JSON-LD block of a page, parsed (a block that is not JSON fails the test). */
function jsonLd(tree: Root, page: string): JsonObject[] {
  return selectAll('script[type="application/ld+json"]', tree).map((script, index) => {
    try {
      return JSON.parse(toText(script)) as JsonObject;
    } catch (cause) {
      throw new Error(`${page}: JSON-LD block ${index + 1} is not JSON`, { cause });
    }
  });
}

const meta = (tree: Root, key: string) =>
  select(`meta[property="${key}"], meta[name="${key}"]`, tree)?.properties['content'] as string | undefined;

const canonicalOf = (tree: Root) => select('link[rel="canonical"]', tree)?.properties['href'] as string | undefined;

/**
 * The entry's date as precisely as it is known: a year or month as written
 * ("2021"), else a full date-time that is the entry's instant or the start
 * of its day in the archive's zone.
 */
function assertDatePublished(value: unknown, entry: Entry, where: string) {
  assert.equal(typeof value, 'string', `${where}: no date`);
  if (/^\d{4}(?:-\d{2})?$/.test(entry.data.published!)) {
    assert.equal(value, entry.data.published, where);
    return;
  }
  assert.match(value as string, RFC_3339, where);
  const parsed = parsePublished(entry.data.published!);
  assert.ok(parsed.ok);
  const actual = new Date(value as string);
  if (parsed.date.instant) {
    assert.equal(actual.getTime(), parsed.date.instant.getTime(), where);
    return;
  }
  const { year, month, day } = parsed.date;
  const start = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} 00:00:00`;
  assert.equal(wallClock(actual), start, `${where}: "${entry.data.published}"`);
}

describe('structured data and OpenGraph (bundled archive, built for https://news.example.org/news/)', () => {
  let outDir: string;
  let entries: Entry[];
  let pages: string[];
  const parsed = new Map<string, Root>();
  const tree = (page: string) => {
    let root = parsed.get(page);
    if (!root) parsed.set(page, (root = fromHtml(readFileSync(join(outDir, page), 'utf8'))));
    return root;
  };

  before(async () => {
    outDir = buildSite({ siteUrl: SITE_URL, basePath: BASE_PATH });
    entries = await readEntries();
    pages = readdirSync(outDir, { recursive: true })
      .map((file) => String(file).split('\\').join('/'))
      .filter((file) => file.endsWith('.html'))
      .sort();
  });

  after(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  test('every story has one NewsArticle: headline, datePublished as precise as its date, authors, publisher, mainEntityOfPage', () => {
    assert.ok(entries.length > 0, 'no entries to check');
    for (const entry of entries) {
      const path = storyPath(entry.data);
      const page = `${path.slice(1)}index.html`;
      const articles = jsonLd(tree(page), page).filter((block) => block['@type'] === 'NewsArticle');
      assert.equal(articles.length, 1, `${page}: ${articles.length} NewsArticle blocks (from ${entry.file})`);
      const article = articles[0]!;
      const url = onDeployment(path);
      assert.equal(article['@context'], 'https://schema.org', page);
      assert.equal(article['headline'], entry.data.headline, `${page}: headline`);
      assertDatePublished(article['datePublished'], entry, `${page}: datePublished`);
      assert.deepEqual(
        article['author'],
        entry.data.authors?.map((name) => ({ '@type': 'Person', name })),
        `${page}: author`,
      );
      assert.deepEqual(
        article['publisher'],
        entry.data.publication
          ? {
              '@type': 'Organization',
              name: entry.data.publication,
              ...(entry.data.url ? { url: new URL('/', entry.data.url).href } : {}),
            }
          : undefined,
        `${page}: publisher`,
      );
      assert.deepEqual(article['mainEntityOfPage'], { '@type': 'WebPage', '@id': url }, `${page}: mainEntityOfPage`);
      assert.equal(canonicalOf(tree(page)), url, `${page}: canonical`);
    }
  });

  test('every story page is an OpenGraph article with its URL and its publication date as precise as known', () => {
    for (const entry of entries) {
      const path = storyPath(entry.data);
      const page = `${path.slice(1)}index.html`;
      const root = tree(page);
      assert.equal(meta(root, 'og:type'), 'article', page);
      assert.equal(meta(root, 'og:url'), onDeployment(path), `${page}: og:url`);
      assert.ok(meta(root, 'og:title')?.includes(entry.data.headline), `${page}: og:title`);
      assertDatePublished(meta(root, 'article:published_time'), entry, `${page}: article:published_time`);
    }
  });

  test('every page has OpenGraph and a Twitter summary card; og:url is the canonical URL', () => {
    for (const page of pages) {
      const root = tree(page);
      for (const key of ['og:site_name', 'og:locale', 'og:type', 'og:title', 'og:description', 'twitter:title']) {
        assert.ok(meta(root, key), `${page}: ${key}`);
      }
      assert.equal(meta(root, 'og:site_name'), archive.title, page);
      assert.equal(meta(root, 'og:locale'), 'en_US', page);
      assert.equal(meta(root, 'twitter:card'), 'summary', page);
      assert.equal(meta(root, 'og:url'), canonicalOf(root), `${page}: og:url and canonical`);
      if (page !== '404.html') assert.ok(canonicalOf(root)?.startsWith(onDeployment('/')), `${page}: canonical`);
    }
  });

  test('every archive page has a BreadcrumbList from the home page down to itself, under the base path', () => {
    const archivePages = pages.filter((page) => ARCHIVE_PAGE.test(page));
    assert.ok(archivePages.length > 0, 'no date or term pages were built');
    for (const page of archivePages) {
      const lists = jsonLd(tree(page), page).filter((block) => block['@type'] === 'BreadcrumbList');
      assert.equal(lists.length, 1, `${page}: ${lists.length} BreadcrumbList blocks`);
      const items = lists[0]!['itemListElement'] as JsonObject[];
      assert.ok(items.length >= 2, `${page}: a trail of ${items.length}`);
      assert.deepEqual(
        items.map((item) => item['position']),
        items.map((_, index) => index + 1),
        `${page}: positions`,
      );
      assert.equal(items[0]!['item'], onDeployment('/'), `${page}: the trail starts at home`);
      assert.equal(items.at(-1)!['item'], canonicalOf(tree(page)), `${page}: the trail ends at the page`);
      for (const item of items) {
        assert.equal(item['@type'], 'ListItem', page);
        assert.ok(typeof item['name'] === 'string' && item['name'] !== '', `${page}: a crumb without a name`);
      }
    }
  });
});
