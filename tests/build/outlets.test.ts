/**
 * No empty promises about outlets: the bundled archive (dist/), whose five
 * stories name no outlet, shows no stand-in for one and no navigation to an
 * empty list; a made-up copy of it where two stories give their outlet or
 * original URL shows and links them on the story, in the thread's timeline
 * and in the record.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { stringify } from 'yaml';
import { splitFrontMatter } from '../../src/entry/front-matter.ts';
import { storyPath } from '../../src/entry/story-path.ts';
import { buildSite } from '../support/build-site.ts';
import { ARTICLES_DIR, readEntries, REPO_DIR, type Entry } from '../support/entries.ts';
import { listHtmlFiles } from '../support/html-files.ts';
import { collapse } from '../support/markup.ts';
import { DIST_DIR } from '../support/static-server.ts';

type Root = ReturnType<typeof fromHtml>;
const page = (dist: string, path: string): Root => {
  const file = join(dist, path, 'index.html');
  assert.ok(existsSync(file), `${path} was not built`);
  return fromHtml(readFileSync(file, 'utf8'));
};
const text = (node: Parameters<typeof toText>[0] | undefined) => (node ? collapse(toText(node)) : '');
const navLinks = (root: Root) =>
  selectAll('nav.site-nav a', root).map((a) => [text(a), String(a.properties.href)] as const);
const threadOf = (dist: string) => String(select('.thread-index a', page(dist, '/threads/'))?.properties.href);

describe('the bundled archive, where no story names its outlet', () => {
  before(() => {
    assert.ok(existsSync(join(DIST_DIR, 'index.html')), 'dist/index.html is missing: run `npm run build` first');
  });

  test('no page shows a stand-in for an unnamed publication', () => {
    for (const file of listHtmlFiles(DIST_DIR)) {
      const html = readFileSync(join(DIST_DIR, file), 'utf8');
      assert.doesNotMatch(html, /not named/i, file);
      assert.equal(selectAll('.thread-publication, .publication', fromHtml(html)).length, 0, file);
    }
  });

  test('the navigation offers no Publications, on any page', () => {
    for (const file of listHtmlFiles(DIST_DIR)) {
      const links = navLinks(fromHtml(readFileSync(join(DIST_DIR, file), 'utf8')));
      assert.ok(links.length >= 5, `${file}: the site navigation`);
      assert.ok(!links.some(([label, href]) => label === 'Publications' || href.includes('/publications/')), file);
    }
  });

  test('the search page offers no publication filter and no browsing by publication', () => {
    const search = page(DIST_DIR, '/search/');
    assert.equal(text(select('#search-refine summary', search)), 'Filter by date, topic or person');
    assert.doesNotMatch(text(select('noscript', search)), /publication/);
  });

  test('the publications page, if a reader reaches it by its address, says plainly there are none', () => {
    const index = page(DIST_DIR, '/publications/');
    assert.match(text(select('main', index)), /No story in the archive names a publication yet\./);
    assert.equal(selectAll('.term-index', index).length, 0);
  });
});

/**
 * The bundled archive copied with two outlets given: the second story
 * (oldest first) names its publication and original URL, the fourth gives
 * only its URL.
 */
function archiveWithOutlets(entries: readonly Entry[]): { dir: string; named: Entry; urlOnly: Entry } {
  const dir = mkdtempSync(join(tmpdir(), 'news-archive-outlets-'));
  cpSync(join(REPO_DIR, 'content/sources'), join(dir, 'sources'), { recursive: true });
  cpSync(ARTICLES_DIR, join(dir, 'articles'), { recursive: true });
  const earliestFirst = [...entries].sort((a, b) => a.data.published!.localeCompare(b.data.published!));
  const give = (entry: Entry, fields: { publication?: string; url: string }) => {
    const file = join(dir, 'articles', entry.file.slice('content/articles/'.length));
    const { body } = splitFrontMatter(readFileSync(file, 'utf8'))!;
    const data = {
      ...entry.data,
      ...fields,
      provenance: {
        ...entry.data.provenance,
        ...(fields.publication ? { publication: { method: 'source' as const } } : {}),
        url: { method: 'source' as const },
      },
    };
    writeFileSync(file, `---\n${stringify(data, { defaultStringType: 'QUOTE_DOUBLE' })}---\n${body}`);
  };
  give(earliestFirst[1]!, { publication: 'The Harbor Times', url: 'https://harbor.example/2020/teigen?ref=a&b=1' });
  give(earliestFirst[3]!, { url: 'https://www.valley.example/news/teigen' });
  return { dir, named: earliestFirst[1]!, urlOnly: earliestFirst[3]! };
}

describe('a copy of the archive where two stories give their outlet', () => {
  let dist: string;
  let archive: ReturnType<typeof archiveWithOutlets>;

  before(async () => {
    archive = archiveWithOutlets(await readEntries());
    dist = buildSite({ contentDir: archive.dir });
  });
  after(() => {
    if (dist) rmSync(dist, { recursive: true, force: true });
    rmSync(archive.dir, { recursive: true, force: true });
  });

  test('the search page offers the publication filter', () => {
    assert.equal(
      text(select('#search-refine summary', page(dist, '/search/'))),
      'Filter by date, publication, topic or person',
    );
  });

  test('the navigation offers Publications, on every page', () => {
    for (const file of listHtmlFiles(dist)) {
      const links = navLinks(fromHtml(readFileSync(join(dist, file), 'utf8')));
      assert.ok(
        links.some(([label, href]) => label === 'Publications' && href === '/publications/'),
        file,
      );
    }
  });

  test("the story shows its publication linking to the original, or the original's site when only its URL is known", () => {
    const named = select('.story-meta .publication a', page(dist, storyPath(archive.named.data)));
    assert.equal(text(named), 'The Harbor Times');
    assert.equal(named?.properties.href, 'https://harbor.example/2020/teigen?ref=a&b=1');
    const urlOnly = select('.story-meta .publication a', page(dist, storyPath(archive.urlOnly.data)));
    assert.equal(text(urlOnly), 'valley.example');
    assert.equal(urlOnly?.properties.href, 'https://www.valley.example/news/teigen');
  });

  test("each thread row shows the outlet it knows, linked to the original, and nothing for one it doesn't", () => {
    const rows = selectAll('.thread-timeline li', page(dist, threadOf(dist)));
    assert.equal(rows.length, 5);
    const outlets = rows.map((row) => {
      const outlet = select('.thread-publication', row);
      return outlet ? [text(outlet), String(select('a', outlet)?.properties.href)] : undefined;
    });
    assert.deepEqual(outlets, [
      undefined,
      ['The Harbor Times', 'https://harbor.example/2020/teigen?ref=a&b=1'],
      undefined,
      ['valley.example', 'https://www.valley.example/news/teigen'],
      undefined,
    ]);
  });

  test('the record says where the story was first published, in a sentence', () => {
    const record = select('.story-record', page(dist, storyPath(archive.named.data)));
    assert.match(
      text(record),
      /First published by The Harbor Times at https:\/\/harbor\.example\/2020\/teigen\?ref=a&b=1\./,
    );
  });
});
