import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import {
  readCatalogue,
  readCatalogueAndDigest,
  readCatalogueBodies,
  readCatalogueParagraphs,
  readRecordedParagraphs,
  writeCatalogue,
} from '../../src/content-loader/catalogue.ts';
import { VALID_ENTRY } from '../support/valid-entry.ts';

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function newDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'catalogue-'));
  dirs.push(dir);
  return dir;
}

/**
 * An entry as Astro's data store holds it once the loader has rendered it
 * (its file's digest, its HTML and the plugin front matter the pipeline
 * recorded), with the paragraphs the pipeline recorded, which the loader
 * keeps out of the store (articles-loader.ts).
 */
function stored(id: string, published: string, paragraphs?: string[]) {
  const rendered = paragraphs && {
    html: paragraphs.map((text) => `<p>${text}</p>`).join('\n'),
    metadata: { frontmatter: { readingMinutes: 1, lead: paragraphs[0] } },
  };
  return {
    id,
    filePath: `content/articles/${id}.md`,
    digest: `digest-of-${id}`,
    data: { ...VALID_ENTRY, published, slug: id },
    ...(rendered ? { rendered, paragraphs: paragraphs!.map((text) => ({ text })) } : {}),
  };
}

describe('the catalogue', () => {
  test("keeps each story's data by year, the paragraphs the pipeline recorded in the year's second file and its body in a third", async () => {
    const dir = newDir();
    await writeCatalogue(dir, [
      stored('a', '2019-05-01', ['First.', 'Second one.']),
      stored('b', '2020-01-02', ['Other.']),
    ]);
    assert.deepEqual(readdirSync(dir).sort(), [
      '2019.bodies.json',
      '2019.digests.json',
      '2019.json',
      '2019.paragraphs.json',
      '2020.bodies.json',
      '2020.digests.json',
      '2020.json',
      '2020.paragraphs.json',
    ]);
    assert.deepEqual(
      readCatalogue(dir).map((record) => [record.id, record.data.published]),
      [
        ['a', '2019-05-01'],
        ['b', '2020-01-02'],
      ],
    );
    assert.deepEqual(
      [...readCatalogueParagraphs(dir)].map(([id, paragraphs]) => [id, paragraphs.map((p) => p.text)]),
      [
        ['a', ['First.', 'Second one.']],
        ['b', ['Other.']],
      ],
    );
    assert.deepEqual(readCatalogueBodies(dir, 2019).get('a'), {
      html: '<p>First.</p>\n<p>Second one.</p>',
      frontmatter: { readingMinutes: 1, lead: 'First.' },
    });
  });

  test('gives the loader back the paragraphs of the shelves it holds, with the digest of the file each was recorded from', async () => {
    const dir = newDir();
    await writeCatalogue(dir, [
      stored('a', '2019-05-01', ['A.']),
      stored('b', '2020-01-02', ['B.']),
      stored('c', '2020-02-03'),
    ]);
    assert.deepEqual(
      [...readRecordedParagraphs(dir, (shelf) => shelf !== 2019)],
      [['b', { digest: 'digest-of-b', paragraphs: [{ text: 'B.' }] }]],
      'not 2019, which another job holds, nor an entry that was not rendered',
    );
    assert.deepEqual(readRecordedParagraphs(join(dir, 'none'), () => true).size, 0);
  });

  test('refuses a body rendered without its paragraphs', async () => {
    const { paragraphs: _, ...entry } = stored('a', '2019-05-01', ['A.']);
    await assert.rejects(
      writeCatalogue(newDir(), [entry]),
      /content\/articles\/a\.md: body: rendered without its paragraphs \(the Markdown pipeline's last rehype plugin, rehype-body-facts\.ts, records them\)/,
    );
  });

  test('a job rewrites its own years only, and removes those that lost their stories', async () => {
    const dir = newDir();
    await writeCatalogue(dir, [stored('a', '2019-05-01', ['A.']), stored('b', '2020-01-02', ['B.'])]);
    // The 2020–2021 job: its 2020 story moved to 2021; 2019 is another job's.
    await writeCatalogue(dir, [stored('b', '2021-03-04', ['B.'])], { firstYear: 2020, lastYear: 2021 });
    assert.deepEqual(
      readCatalogue(dir).map((record) => [record.id, record.data.published]),
      [
        ['a', '2019-05-01'],
        ['b', '2021-03-04'],
      ],
    );
    assert.equal(readCatalogueBodies(dir, 2020).size, 0);
    // A build of every year rewrites them all.
    await writeCatalogue(dir, [stored('c', '2022-01-01', ['C.'])]);
    assert.deepEqual(
      readCatalogue(dir).map((record) => record.id),
      ['c'],
    );
  });

  test('an entry that was not rendered has no paragraphs and no body', async () => {
    const dir = newDir();
    await writeCatalogue(dir, [stored('a', '2019-05-01')]);
    assert.deepEqual(readCatalogueParagraphs(dir).get('a'), []);
    assert.equal(readCatalogueBodies(dir, 2019).has('a'), false);
  });

  test("its digest, which the archive's links are kept by, changes with a story's text as with its data", async () => {
    const dir = newDir();
    await writeCatalogue(dir, [stored('a', '2019-05-01', ['A.'])]);
    const before = readCatalogueAndDigest(dir).digest;
    await writeCatalogue(dir, [stored('a', '2019-05-01', ['A, said again.'])]);
    assert.notEqual(readCatalogueAndDigest(dir).digest, before, 'the text');
    const again = readCatalogueAndDigest(dir).digest;
    await writeCatalogue(dir, [stored('a', '2019-05-02', ['A, said again.'])]);
    assert.notEqual(readCatalogueAndDigest(dir).digest, again, 'the data');
  });

  test('an empty or missing catalogue has no stories', async () => {
    assert.deepEqual(readCatalogue(join(newDir(), 'none')), []);
  });
});
