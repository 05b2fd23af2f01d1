/**
 * One folder per format and edge case under tests/ingest/fixtures/<case>/:
 *   sources/        the raw files, copied to content/sources/ of a fresh project
 *   overrides.yaml  optional, copied to content/overrides.yaml
 *   ingest.yaml     optional, copied to content/ingest.yaml
 *   articles/       the entries `npm run ingest` must write, byte for byte
 *   report.txt      its report: stdout, then the stderr lines (refusals)
 *   README.md       what the case is about
 * `UPDATE_FIXTURES=1 node --test tests/ingest/fixtures.test.ts` rewrites
 * articles/ and report.txt from what the ingester does now; review the diff
 * before committing it.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { emptyProject, removeProject, ingest } from './helpers.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const projects: string[] = [];
after(() => projects.forEach(removeProject));

/** Every file under `dir`, relative path → contents. */
function readTree(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name))
      .sort()
      .map((file) => [file.slice(dir.length + 1), readFileSync(file, 'utf8')]),
  );
}

describe('ingest fixtures: source files in, entries and report out', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    const fixture = join(FIXTURES, name);
    const about = existsSync(join(fixture, 'README.md'))
      ? readFileSync(join(fixture, 'README.md'), 'utf8').split('\n')[0]!.replace(/^#\s*/, '')
      : name;
    it(`${name}: ${about}`, async () => {
      const root = emptyProject();
      projects.push(root);
      cpSync(join(fixture, 'sources'), join(root, 'content/sources'), { recursive: true });
      for (const settings of ['overrides.yaml', 'ingest.yaml']) {
        if (existsSync(join(fixture, settings))) cpSync(join(fixture, settings), join(root, 'content', settings));
      }
      const run = await ingest(root, '--verbose');
      const report = `${run.stdout}--- stderr (exit ${run.status})\n${run.stderr}`;
      const articles = readTree(join(root, 'content/articles'));
      if (UPDATE) {
        rmSync(join(fixture, 'articles'), { recursive: true, force: true });
        for (const [file, text] of articles) {
          mkdirSync(join(fixture, 'articles', file, '..'), { recursive: true });
          writeFileSync(join(fixture, 'articles', file), text);
        }
        writeFileSync(join(fixture, 'report.txt'), report);
        return;
      }
      assert.deepEqual(
        [...articles.keys()],
        [...readTree(join(fixture, 'articles')).keys()],
        `the entries written; the run reported:\n${report}`,
      );
      for (const [file, text] of readTree(join(fixture, 'articles'))) assert.equal(articles.get(file), text, file);
      assert.equal(report, readFileSync(join(fixture, 'report.txt'), 'utf8'), 'the report');
    });
  }
});
