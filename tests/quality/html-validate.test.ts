import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { buildSite } from '../support/build-site.ts';
import { REPO_DIR } from '../support/entries.ts';
import { writeFixtureArchive } from '../support/fixture-archive.ts';
import { listHtmlFiles } from '../support/html-files.ts';

/** The project's rules (.htmlvalidate.json), read from the repository whatever folder the pages are built in. */
const config = JSON.parse(readFileSync(join(REPO_DIR, '.htmlvalidate.json'), 'utf8')) as ConfigData;

/**
 * Every error html-validate reports on every page of a built site, one line
 * each: `file:line:column rule: message (at selector)`. Astro writes each page
 * on one line, so the column and the selector say where.
 */
async function validateSite(root: string): Promise<{ pages: number; errors: string[] }> {
  const validator = new HtmlValidate(config);
  const pages = listHtmlFiles(root);
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(join(root, page));
    for (const result of report.results) {
      for (const message of result.messages.filter((m) => m.severity === 2)) {
        const where = message.selector ? ` (at ${message.selector})` : '';
        errors.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}${where}`);
      }
    }
  }
  return { pages: pages.length, errors };
}

const builds = [
  { name: 'the bundled archive', build: () => buildSite() },
  { name: 'the made-up 45-story archive', build: () => buildSite({ contentDir: writeFixtureArchive() }) },
];

for (const { name, build } of builds) {
  describe(`html-validate over every page of ${name}`, () => {
    let root: string;
    before(() => {
      root = build();
    });
    after(() => rmSync(root, { recursive: true, force: true }));

    test('reports no error on any page (rules: .htmlvalidate.json)', async () => {
      const { pages, errors } = await validateSite(root);
      assert.ok(pages > 10, `only ${pages} pages built: is the build complete?`);
      if (errors.length > 0)
        assert.fail(`${errors.length} html-validate errors in ${pages} pages:\n${errors.join('\n')}`);
    });
  });
}
