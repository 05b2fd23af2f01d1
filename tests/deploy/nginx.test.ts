/**
 * The built archive served by a real web server (nginx with the sample
 * server block, deploy/nginx.conf), twice: at the root (dist/, as `npm test`
 * builds it) and under /news/ (built here with BASE_PATH=/news/). For each, a
 * link check over every page, and Chromium reading the home page, a story
 * and a search with results.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { launchChromium, recordProblems } from '../support/browser.ts';
import { collapse, markup, STORY_PATH } from '../support/markup.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';
import { DIST_DIR } from '../support/static-server.ts';

const REPO = resolve(import.meta.dirname, '../..');

/** Builds the archive under `basePath` into a temporary folder; returns the folder. */
function buildWithBase(basePath: string): string {
  const outDir = mkdtempSync(join(tmpdir(), 'dist-base-'));
  const built = spawnSync(
    process.execPath,
    [join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: REPO,
      env: { ...process.env, BASE_PATH: basePath, SITE_URL: 'https://news.example.org' },
      encoding: 'utf8',
    },
  );
  assert.equal(built.status, 0, `the build with BASE_PATH=${basePath} failed:\n${built.stdout}\n${built.stderr}`);
  return outDir;
}

/** Every page of a built site, as [URL path under the base, file]. */
function pages(dist: string): [string, string][] {
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => [
      file
        .split(sep)
        .join('/')
        .replace(/(^|\/)index\.html$/, '$1'),
      join(dist, file),
    ]);
}

/** Every URL a page points at (links, stylesheets, scripts, images, forms), as written. */
function references(html: string): string[] {
  const tree = fromHtml(html);
  const attributes: [string, string][] = [
    ['a[href]', 'href'],
    ['link[href]', 'href'],
    ['script[src]', 'src'],
    ['img[src]', 'src'],
    ['form[action]', 'action'],
  ];
  return attributes.flatMap(([selector, name]) =>
    selectAll(selector, tree).map((element: Element) =>
      String(element.properties[name === 'action' ? 'action' : name === 'href' ? 'href' : 'src']),
    ),
  );
}

function idsIn(html: string): Set<string> {
  return new Set(selectAll('[id]', fromHtml(html)).map((element: Element) => String(element.properties.id)));
}

for (const basePath of ['/', '/news/']) {
  describe(`the archive on nginx, ${basePath === '/' ? 'at the root' : `under ${basePath}`}`, () => {
    let dist = DIST_DIR;
    let server: RunningNginx;

    before(async () => {
      if (basePath !== '/') dist = buildWithBase(basePath);
      assert.ok(existsSync(join(dist, 'index.html')), `${dist}/index.html is missing: run \`npm run build\` first`);
      server = await startNginx(dist, basePath);
    });
    after(() => {
      server?.stop();
      if (dist !== DIST_DIR) rmSync(dist, { recursive: true, force: true });
    });

    it('has no broken internal link, asset or anchor on any page, and none that leaves the base path', async () => {
      const origin = new URL(server.url).origin;
      const checked = new Map<string, Promise<{ status: number; body: string }>>();
      const fetchOnce = (url: string) => {
        if (!checked.has(url)) {
          checked.set(
            url,
            fetch(url, { redirect: 'manual' }).then(async (r) => ({ status: r.status, body: await r.text() })),
          );
        }
        return checked.get(url)!;
      };
      const broken: string[] = [];
      let internal = 0;
      for (const [path, file] of pages(dist)) {
        if (path === '404.html') continue;
        const pageUrl = new URL(path, server.url);
        for (const reference of references(readFileSync(file, 'utf8'))) {
          const target = new URL(reference, pageUrl);
          if (target.origin !== origin) continue;
          internal += 1;
          if (!target.pathname.startsWith(new URL(server.url).pathname)) {
            broken.push(`${relative(dist, file)}: ${reference} leaves the base path ${basePath}`);
            continue;
          }
          const { status, body } = await fetchOnce(target.origin + target.pathname + target.search);
          if (status !== 200) broken.push(`${relative(dist, file)}: ${reference} → HTTP ${status}`);
          else if (target.hash && !idsIn(body).has(decodeURIComponent(target.hash.slice(1)))) {
            broken.push(`${relative(dist, file)}: ${reference} → no element with that id`);
          }
        }
      }
      assert.ok(internal > 20, `the check followed ${internal} internal references; it should see the whole site`);
      assert.deepEqual(broken, []);
    });

    it('gives every page its public address, from SITE_URL and BASE_PATH, as its canonical URL', () => {
      const site = basePath === '/' ? 'http://localhost:4321' : 'https://news.example.org';
      for (const [path, file] of pages(dist)) {
        const canonical = selectAll('link[rel="canonical"]', fromHtml(readFileSync(file, 'utf8')));
        if (path === '404.html') {
          assert.equal(canonical.length, 0, 'the 404 page has no address of its own');
          continue;
        }
        assert.equal(canonical.length, 1, `${path}: one canonical link`);
        assert.equal(canonical[0]!.properties.href, `${site}${basePath}${path}`, path);
      }
    });

    it('serves the 404 page for a missing path, redirects a path without its slash, and sends cache headers', async () => {
      const missing = await fetch(new URL('no/such/page/', server.url));
      assert.equal(missing.status, 404);
      assert.match(await missing.text(), /Page not found/);

      const storyPath = pages(dist)
        .map(([path]) => `/${path}`)
        .find((path) => STORY_PATH.test(path))!;
      const bare = await fetch(new URL(storyPath.slice(1, -1), server.url), { redirect: 'manual' });
      assert.equal(bare.status, 301);
      assert.equal(bare.headers.get('location'), `${new URL(server.url).pathname}${storyPath.slice(1)}`);

      const home = await fetch(server.url);
      assert.match(home.headers.get('cache-control') ?? '', /max-age=0, must-revalidate/);
      const asset = references(await home.text()).find((ref) => ref.includes('/_astro/'))!;
      const cached = await fetch(new URL(asset, server.url));
      assert.equal(cached.status, 200);
      assert.match(cached.headers.get('cache-control') ?? '', /max-age=31536000, immutable/);
      const index = await fetch(new URL('pagefind/pagefind.js', server.url));
      assert.equal(index.status, 200);
      assert.match(index.headers.get('cache-control') ?? '', /max-age=0, must-revalidate/);
    });

    it('in Chromium: home → a story, and a search with results that opens its story', async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        const problems = recordProblems(page);
        await page.goto(server.url);
        const link = page.locator(markup.storyListLinks).first();
        const headline = collapse(await link.innerText());
        await link.click();
        await page.locator(markup.storyHeadline).waitFor();
        assert.equal(collapse(await page.locator(markup.storyHeadline).innerText()), headline);
        assert.ok(new URL(page.url()).pathname.startsWith(new URL(server.url).pathname));

        await page.goto(new URL('search/?q=Legend', server.url).href);
        const first = page.locator(markup.searchResults).first();
        await first.waitFor();
        const resultHref = await first.locator(markup.resultLink).getAttribute('href');
        assert.ok(
          resultHref?.startsWith(new URL(server.url).pathname),
          `a result links under the base path: ${resultHref}`,
        );
        await first.locator(markup.resultLink).click();
        await page.locator(markup.storyHeadline).waitFor();
        await page.waitForLoadState('load');
        assert.deepEqual(problems, [], 'no console errors, page errors or failed requests');
      } finally {
        await browser.close();
      }
    });
  });
}
