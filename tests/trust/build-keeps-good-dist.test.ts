import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fixtureStories, writeFixtureArchive } from '../support/fixture-archive.ts';
import { runBuild } from './run-build.ts';

describe('a failed build leaves the last good site in place', { timeout: 300_000 }, () => {
  const archive = writeFixtureArchive(fixtureStories(4));
  const parent = mkdtempSync(join(tmpdir(), 'news-archive-swap-'));
  const outDir = join(parent, 'dist');
  after(() => [archive, parent].forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const entry = join(archive, 'articles/story-002.md');
  const good = readFileSync(entry, 'utf8');
  const home = () => readFileSync(join(outDir, 'index.html'), 'utf8');

  /** Builds a broken archive; asserts the build failed, saying `expected`, and left the site as it was. */
  function assertFailsKeepingSite(expected: RegExp[]): void {
    const before = home();
    const run = runBuild(archive, outDir);
    assert.notEqual(run.status, 0, 'the build fails');
    for (const pattern of expected) assert.match(run.output, pattern);
    // The message, not a stack trace: that only with --verbose or DEBUG=1.
    assert.doesNotMatch(run.output, /^\s+at \S/m, 'no stack trace');
    assert.doesNotMatch(run.output, /Stack trace:/);
    assert.match(run.output, /Build failed: .*dist still holds the last good build/);
    assert.equal(home(), before, 'the old home page is untouched');
    assert.ok(existsSync(join(outDir, 'marker-from-the-good-build')), 'nothing in the old site was removed');
    assert.deepEqual(readdirSync(parent), ['dist'], 'no staging folder is left behind');
  }

  test('a good build replaces the output folder as a whole', () => {
    const run = runBuild(archive, outDir);
    assert.equal(run.status, 0, run.output);
    assert.match(home(), /Story 004/);
    writeFileSync(join(outDir, 'marker-from-the-good-build'), '');
  });

  test('an entry with an invalid field fails the build naming the file, the field and the reason', () => {
    writeFileSync(entry, good.replace(/^published: .*$/m, 'published: "2020-13-45"'));
    assertFailsKeepingSite([/^content\/articles\/story-002\.md: published: "2020-13-45" has no month 13$/m]);
  });

  test('an entry with an unknown front matter key fails the same way', () => {
    writeFileSync(entry, good.replace(/^slug: /m, 'headlin: "typo"\nslug: '));
    assertFailsKeepingSite([
      /^content\/articles\/story-002\.md: headlin: is not a field of an entry \(check the spelling\)$/m,
    ]);
  });

  test('an entry whose body cannot be rendered fails the same way', () => {
    writeFileSync(entry, `${good}\n:::sidebar\nNot a directive the archive has.\n:::\n`);
    assertFailsKeepingSite([/content\/articles\/story-002\.md: body: unknown directive ":::sidebar"/]);
  });

  test('with DEBUG=1, the failure shows the stack trace too', () => {
    writeFileSync(entry, good.replace(/^published: .*$/m, 'published: "2020-13-45"'));
    const run = runBuild(archive, outDir, { DEBUG: '1' });
    assert.notEqual(run.status, 0);
    assert.match(run.output, /content\/articles\/story-002\.md: published: "2020-13-45" has no month 13/);
    assert.match(run.output, /^\s+at \S/m);
  });

  test('a source with no entry and no recorded refusal fails reconciliation the same way', () => {
    writeFileSync(entry, good);
    writeFileSync(join(archive, 'sources/orphan.txt'), 'A source nobody ingested.\n');
    assertFailsKeepingSite([/content\/sources\/orphan\.txt: no entry and no recorded refusal/]);
    rmSync(join(archive, 'sources/orphan.txt'));
  });

  test('fixed, the next build replaces the site', () => {
    const run = runBuild(archive, outDir);
    assert.equal(run.status, 0, run.output);
    assert.ok(!existsSync(join(outDir, 'marker-from-the-good-build')));
    assert.deepEqual(readdirSync(parent), ['dist']);
  });
});
