import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { isStoryPageFile } from '../../src/entry/story-path.ts';
import { launchChromium } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { writeFixtureArchive } from '../support/fixture-archive.ts';
import { listHtmlFiles } from '../support/html-files.ts';
import { markup } from '../support/markup.ts';
import { SEARCH_BOX_SCRIPT, SEARCH_HIGHLIGHT_SCRIPT } from '../support/search-scripts.ts';
import { startStaticServer } from '../support/static-server.ts';

/** The one page allowed to run JavaScript beyond the search box's: search is Pagefind, in the browser. */
const SEARCH_PAGE = 'search/index.html';

/** Whether a page may load the script at `src`, apart from the search page, which may load its own. */
const allowedScript = (page: string, src: string) =>
  SEARCH_BOX_SCRIPT.test(src) || (isStoryPageFile(page) && SEARCH_HIGHLIGHT_SCRIPT.test(src));
/** JSON-LD is data for search engines, not code. */
const DATA_SCRIPT_TYPE = 'application/ld+json';

const describeScript = (script: Element) =>
  `<script${script.properties['type'] ? ` type="${String(script.properties['type'])}"` : ''}${
    script.properties['src'] ? ` src="${String(script.properties['src'])}"` : ''
  }>`;

/** Script that runs without a <script>: event handler attributes and javascript: URLs, anywhere on the page. */
function inlineCode(tree: Root): string[] {
  const found: string[] = [];
  for (const element of selectAll('*', tree)) {
    for (const [name, value] of Object.entries(element.properties)) {
      // hast names handler attributes onClick, onLoad, …
      if (/^on[A-Z]/.test(name)) found.push(`<${element.tagName}> has an ${name.toLowerCase()} attribute`);
      // Browsers ignore control characters and spaces inside a URL's scheme.
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (/^javascript:/i.test(text.replace(/[\u0000-\u0020]/g, ''))) {
        found.push(`<${element.tagName} ${name}="${text}"> is a javascript: URL`);
      }
    }
  }
  return found;
}

/** What is wrong with the scripts of one page, as readable lines. */
function scriptProblems(root: string, page: string, base: string): string[] {
  const tree = fromHtml(readFileSync(join(root, page), 'utf8'));
  const problems = inlineCode(tree).map((problem) => `${page}: ${problem}`);
  for (const script of selectAll('script', tree)) {
    const type = String(script.properties['type'] ?? '').toLowerCase();
    if (type === DATA_SCRIPT_TYPE) continue;
    const src = String(script.properties['src'] ?? '');
    if (page !== SEARCH_PAGE && !allowedScript(page, src)) {
      problems.push(
        `${page}: ${describeScript(script)}: only ${SEARCH_PAGE} may run scripts besides the search box's (and a story's search highlighter)`,
      );
      continue;
    }
    if (type !== 'module') problems.push(`${page}: ${describeScript(script)} is not a module script`);
    if (toText(script).trim() !== '') problems.push(`${page}: ${describeScript(script)} has inline code`);
    if (!src.startsWith(`${base}_astro/`) || !existsSync(join(root, src.slice(base.length)))) {
      problems.push(`${page}: ${describeScript(script)} is not one of the site's own built scripts (${base}_astro/…)`);
    }
  }
  return problems;
}

const builds = {
  bundled: { name: 'the bundled archive', base: '/', build: () => buildSite() },
  fixture: {
    name: 'the made-up 45-story archive, built under /news/',
    base: '/news/',
    build: () => buildSite({ contentDir: writeFixtureArchive(), basePath: '/news/' }),
  },
};
const roots = new Map<keyof typeof builds, string>();
/** Builds each archive once for this file, on first use. */
function builtRoot(key: keyof typeof builds): string {
  if (!roots.has(key)) roots.set(key, builds[key].build());
  return roots.get(key)!;
}
after(() => {
  for (const root of roots.values()) rmSync(root, { recursive: true, force: true });
});

for (const key of ['bundled', 'fixture'] as const) {
  const { name, base } = builds[key];
  describe(`client JavaScript in ${name}`, () => {
    let root: string;
    let pages: string[];
    before(() => {
      root = builtRoot(key);
      pages = listHtmlFiles(root);
    });

    test("no page but /search/ has a script other than the search box's, a story's search highlighter and JSON-LD, an on* attribute or a javascript: URL", () => {
      assert.ok(pages.length > 10, `only ${pages.length} pages built`);
      const problems = pages.filter((page) => page !== SEARCH_PAGE).flatMap((page) => scriptProblems(root, page, base));
      if (problems.length > 0) assert.fail(`${problems.length} problems:\n${problems.join('\n')}`);
    });

    test("/search/ loads only the site's own module scripts, and no inline code", () => {
      assert.ok(pages.includes(SEARCH_PAGE), `${SEARCH_PAGE} was not built`);
      const tree = fromHtml(readFileSync(join(root, SEARCH_PAGE), 'utf8'));
      const scripts = selectAll('script', tree).filter((s) => s.properties['type'] !== DATA_SCRIPT_TYPE);
      assert.ok(scripts.length > 0, `${SEARCH_PAGE} loads no script: search cannot work`);
      assert.deepEqual(scriptProblems(root, SEARCH_PAGE, base), []);
    });
  });
}

describe('a search in Chromium (bundled archive)', { timeout: 60_000 }, () => {
  test('requests scripts (and everything else) from the site only', async () => {
    const server = await startStaticServer(builtRoot('bundled'));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const requests: { url: string; type: string }[] = [];
      page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
      await page.goto(`${server.url}/search/?q=Legend`, { waitUntil: 'networkidle' });
      await page.locator(markup.searchResults).first().waitFor();
      const scripts = requests.filter((r) => r.type === 'script').map((r) => new URL(r.url).pathname);
      assert.ok(
        scripts.some((path) => path.startsWith('/pagefind/')),
        `Pagefind was not loaded: ${scripts.join(', ')}`,
      );
      assert.deepEqual(
        requests.filter((r) => new URL(r.url).origin !== server.url).map((r) => `${r.type} ${r.url}`),
        [],
        'requests to other origins',
      );
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
