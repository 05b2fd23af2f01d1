/**
 * A keyed page (src/lib/cache-key.ts) must render from its params, its props
 * and its code alone, or a rebuild copies it stale. These checks read the
 * sources for the ways a page could reach other data: the collection, the
 * archive index, files and the environment.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { REPO_DIR } from '../support/entries.ts';

const SRC = join(REPO_DIR, 'src');
/** Calls that read data from outside a page's props. */
const OUTSIDE_DATA =
  /\b(getArchive|getStories|getCollection|getEntry|getEntries|getLiveCollection|render|readFile\w*|readdir\w*|fetch)\s*\(|process\.env|Astro\.glob/;

function filesUnder(dir: string): string[] {
  return readdirSync(join(SRC, dir), { recursive: true })
    .map(String)
    .filter((file) => /\.(astro|ts)$/.test(file))
    .map((file) => join(SRC, dir, file));
}

const rel = (file: string) => relative(REPO_DIR, file);

describe('keyed pages render from their props', () => {
  test('no component or layout reads the archive, a file or the environment', () => {
    const reading = [...filesUnder('components'), ...filesUnder('layouts')].filter((file) =>
      OUTSIDE_DATA.test(readFileSync(file, 'utf8')),
    );
    assert.deepEqual(reading.map(rel), []);
  });

  test("the one archive-wide value a component reads, the navigation's sections, is in every page's key", () => {
    const readers = [...filesUnder('components'), ...filesUnder('layouts')].filter((file) =>
      /\bgetSiteSections\s*\(/.test(readFileSync(file, 'utf8')),
    );
    assert.deepEqual(readers.map(rel), ['src/components/SiteNav.astro']);
    const keys = readFileSync(join(SRC, 'lib/cache-key.ts'), 'utf8');
    assert.match(keys, /function buildContext\(\)[^]*?getSiteSections\(\)[^]*?return \{[^}]*\bsections\b/);
    assert.match(keys, /function pageKeyer[^]*?await buildContext\(\)/);
    assert.match(keys, /function withCacheKeys[^]*?await pageKeyer\(\)/);
  });

  const routes = filesUnder('pages').filter((file) => /export const getStaticPaths\b/.test(readFileSync(file, 'utf8')));

  /** The function a route's getStaticPaths is, or calls, when it is one from another module (`= f;` or `= () => f('x');`). */
  const DELEGATED = /export const getStaticPaths = (?:\(\) => )?(\w+)(?:\([^)]*\))?;/;

  test("every route with getStaticPaths gives its pages through pagesOfThisPart (build/build-part.ts), which keeps this build part's paths and keys them with withCacheKeys", () => {
    assert.equal(routes.length, 13, routes.map(rel).join('\n'));
    for (const file of routes) {
      const source = readFileSync(file, 'utf8');
      const imported = DELEGATED.exec(source)?.[1];
      if (imported === undefined) {
        assert.match(
          source,
          /return pagesOfThisPart\(/,
          `${rel(file)}: getStaticPaths does not return pagesOfThisPart(…)`,
        );
        continue;
      }
      const from = new RegExp(`import \\{[^}]*\\b${imported}\\b[^}]*\\} from '([^']+)'`).exec(source)?.[1];
      assert.ok(from, `${rel(file)}: where ${imported} comes from`);
      const module = readFileSync(resolve(dirname(file), from), 'utf8');
      assert.match(
        module,
        new RegExp(`function ${imported}\\([^]*?return (?:pagesOfThisPart|storyPages)\\(`),
        `${from}: ${imported}`,
      );
      if (module.includes('return storyPages('))
        assert.match(module, /function storyPages\([^]*?return pagesOfThisPart\(/);
    }
    const parts = readFileSync(join(SRC, 'build/build-part.ts'), 'utf8');
    assert.match(parts, /function pagesOfThisPart[^]*?pathsOfThisPart\(paths[^]*?withCacheKeys\(/);
  });

  test('after getStaticPaths, a route reads nothing but its props', () => {
    for (const file of routes) {
      const source = readFileSync(file, 'utf8');
      const end = source.search(
        /\}\) satisfies GetStaticPaths;|export const getStaticPaths = (?:\(\) => )?\w+(?:\([^)]*\))?;/,
      );
      assert.ok(end > 0, `${rel(file)}: the end of getStaticPaths`);
      const rest = source.slice(end);
      // The raw-source route reads its file again in GET and checks it against the hash in its props.
      assert.doesNotMatch(rest, OUTSIDE_DATA, `${rel(file)} reads data outside its props after getStaticPaths`);
    }
  });
});
