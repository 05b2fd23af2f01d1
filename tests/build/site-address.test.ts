/**
 * A build that does not know the archive's public address says so, and its
 * citations never send a reader to this machine: the bundled archive built
 * with SITE_URL unset, unset with `--local` (as `npm start` builds), and set.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { archive } from '../../src/entry/config.ts';
import { storyPath } from '../../src/entry/story-path.ts';
import { readEntries, REPO_DIR, type Entry } from '../support/entries.ts';

interface Built {
  readonly outDir: string;
  /** stdout and stderr together, without colours. */
  readonly output: string;
}

const builds: string[] = [];

/** Runs `npm run build`'s script on the bundled archive at the root, with SITE_URL as given (unset when undefined). */
function build(siteUrl: string | undefined, args: readonly string[] = []): Built {
  const outDir = mkdtempSync(join(tmpdir(), 'news-archive-site-address-'));
  builds.push(outDir);
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['SITE_URL', 'BASE_PATH', 'CONTENT_DIR']) delete env[name];
  if (siteUrl !== undefined) env.SITE_URL = siteUrl;
  const run = spawnSync(process.execPath, [join(REPO_DIR, 'scripts/build.ts'), '--outDir', outDir, ...args], {
    cwd: REPO_DIR,
    env,
    encoding: 'utf8',
  });
  const output = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
  assert.equal(run.status, 0, `the build (SITE_URL=${siteUrl ?? 'unset'} ${args.join(' ')}) failed:\n${output}`);
  return { outDir, output };
}

/** The citation sentence and the "Archive URL" link of a story's page. */
function citationOf(built: Built, path: string) {
  const tree = fromHtml(readFileSync(join(built.outDir, path, 'index.html'), 'utf8'));
  const section = select('details.cite-story', tree);
  assert.ok(section, `${path}: no "Cite this story"`);
  const link = select('dd a', section);
  return {
    section: toText(section),
    citation: toText(select('p.citation', section)!),
    href: link?.properties['href'],
    linkText: link && toText(link),
  };
}

const warnings = (output: string) => output.split('\n').filter((line) => line.includes('SITE_URL is not set'));

describe('the site address a build knows (bundled archive)', () => {
  let entries: Entry[];
  let unset: Built;
  let local: Built;
  let set: Built;

  before(async () => {
    entries = await readEntries();
    unset = build(undefined);
    local = build(undefined, ['--local']);
    set = build('https://news.example.org');
  });

  after(() => {
    for (const outDir of builds) rmSync(outDir, { recursive: true, force: true });
  });

  test('without SITE_URL, the build prints one warning naming SITE_URL and what to set it to', () => {
    assert.equal(warnings(unset.output).length, 1, unset.output);
    const [warning] = warnings(unset.output);
    assert.match(warning!, /^WARNING: SITE_URL is not set/);
    assert.match(warning!, /set SITE_URL to the archive's public address \(e\.g\. SITE_URL=https:\/\//);
  });

  test('without SITE_URL, no citation shows a localhost address: it gives the story path on the archive', () => {
    assert.ok(entries.length > 0, 'no entries to check');
    for (const entry of entries) {
      const path = storyPath(entry.data);
      const { section, citation, href, linkText } = citationOf(unset, path);
      assert.doesNotMatch(section, /localhost|127\.0\.0\.1/, path);
      assert.ok(citation.endsWith(`Archived by ${archive.title}, ${path}. Accessed the date you read it.`), citation);
      assert.equal(href, path);
      assert.equal(linkText, path);
    }
  });

  test('a build for this machine only (`--local`, as `npm start` runs it) does not warn', () => {
    assert.deepEqual(warnings(local.output), []);
  });

  test('with SITE_URL set, the build does not warn and every citation shows the full address', () => {
    assert.deepEqual(warnings(set.output), []);
    assert.doesNotMatch(set.output, /WARNING/);
    for (const entry of entries) {
      const path = storyPath(entry.data);
      const { citation, href, linkText } = citationOf(set, path);
      const url = `https://news.example.org${path}`;
      assert.ok(citation.endsWith(`Archived by ${archive.title}, ${url}. Accessed the date you read it.`), citation);
      assert.equal(href, url);
      assert.equal(linkText, url);
    }
  });
});
