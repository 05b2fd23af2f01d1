/**
 * The built archive served by a real web server (nginx with the sample
 * server block, deploy/nginx.conf), twice: at the root (dist/, as `npm test`
 * builds it) and under /news/ (built here with BASE_PATH=/news/). For each, a
 * link check over every page, and Chromium reading the home page, a story,
 * the date archive and a search with results.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { launchChromium, recordProblems } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { checkInternalLinks, references, sitePages } from '../support/link-check.ts';
import { collapse, markup, STORY_PATH } from '../support/markup.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';
import { DIST_DIR } from '../support/static-server.ts';

for (const basePath of ['/', '/news/']) {
  describe(`the archive on nginx, ${basePath === '/' ? 'at the root' : `under ${basePath}`}`, () => {
    let dist = DIST_DIR;
    let server: RunningNginx;

    before(async () => {
      if (basePath !== '/') dist = buildSite({ basePath, siteUrl: 'https://news.example.org' });
      assert.ok(existsSync(join(dist, 'index.html')), `${dist}/index.html is missing: run \`npm run build\` first`);
      server = await startNginx(dist, basePath);
    });
    after(() => {
      server?.stop();
      if (dist !== DIST_DIR) rmSync(dist, { recursive: true, force: true });
    });

    it('has no broken internal link, asset or anchor on any page, and none that leaves the base path', async () => {
      const { broken, internal } = await checkInternalLinks(dist, server.url);
      assert.ok(internal > 20, `the check followed ${internal} internal references; it should see the whole site`);
      assert.deepEqual(broken, []);
    });

    it('gives every page its public address, from SITE_URL and BASE_PATH, as its canonical URL', () => {
      const site = basePath === '/' ? 'http://localhost:4321' : 'https://news.example.org';
      for (const [path, file] of sitePages(dist)) {
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

      const storyPath = sitePages(dist)
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
      const index = await fetch(new URL('pagefind/pagefind-highlight.js', server.url));
      assert.equal(index.status, 200);
      assert.match(index.headers.get('cache-control') ?? '', /max-age=0, must-revalidate/);
    });

    it('serves a raw source as UTF-8 plain text', async () => {
      const source = readdirSync(join(dist, 'sources'), { recursive: true })
        .map(String)
        .find((name) => name.endsWith('.txt'));
      assert.ok(source, 'the build publishes the raw sources');
      const response = await fetch(new URL(`sources/${source}`, server.url));
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf-8');
    });

    it('in Chromium: home → a story, the date archive → a year → a story, and a search with results that opens its story', async () => {
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

        // The date archive: the overview, a year, a month, and a story listed there.
        await page.getByRole('navigation', { name: 'Browse the archive' }).getByRole('link', { name: 'Dates' }).click();
        await page.getByRole('heading', { level: 1, name: 'Stories by date' }).waitFor();
        await page.locator('main section h2 a').first().click();
        await page.getByRole('heading', { level: 1, name: /^\d{4}$/ }).waitFor();
        const datedStory = page.locator(markup.storyListLinks).first();
        const datedHeadline = collapse(await datedStory.innerText());
        await datedStory.click();
        assert.equal(collapse(await page.locator(markup.storyHeadline).innerText()), datedHeadline);
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
