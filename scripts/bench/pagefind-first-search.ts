/**
 * A first search through Pagefind's own browser API, the steps the search
 * page takes with its filters closed, in its default order: load pagefind.js
 * and the newest shard's index, search the word newest first, load the first
 * result's record. With `--every-shard`, the steps of a search by relevance:
 * every shard's index merged in, the word searched by relevance. For checking
 * a built site without rebuilding it (e.g. a benchmark run's kept site built
 * by older page code):
 *   node scripts/bench/pagefind-first-search.ts [--every-shard] <site folder> <word>…
 * Prints per word the milliseconds from search() to the first record and the
 * bytes fetched from /pagefind/ (headers and encoded body, gzipping server).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { SEARCH_SHARDS_FILE } from '../../src/lib/search-shards.ts';
import { CHROMIUM_ARGS } from '../../tests/support/browser.ts';
import { chromiumPath } from '../../tests/support/chromium.ts';
import { startStaticServer } from '../../tests/support/static-server.ts';

const everyShard = process.argv.includes('--every-shard');
const [site, ...words] = process.argv.slice(2).filter((arg) => arg !== '--every-shard');
if (!site || words.length === 0) {
  console.error('usage: node scripts/bench/pagefind-first-search.ts [--every-shard] <site folder> <word>…');
  process.exit(2);
}
const plan = (JSON.parse(readFileSync(join(site, SEARCH_SHARDS_FILE), 'utf8')) as { id: string }[]).map((s) => s.id);
// The plan is newest first: the page's default order reads the newest shard alone.
const shards = everyShard ? plan : plan.slice(0, 1);
const server = await startStaticServer(site, { gzip: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
try {
  for (const word of words) {
    const context = await browser.newContext();
    let bytes = 0;
    let requests = 0;
    context.on('requestfinished', async (request) => {
      if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
      const sizes = await request.sizes();
      bytes += sizes.responseHeadersSize + sizes.responseBodySize;
      requests += 1;
    });
    const page = await context.newPage();
    // A blank page of the site's origin: nothing of the search page's own script runs.
    await page.goto(`${server.url}/404.html`);
    const timing = await page.evaluate(
      async ({ word, shards, everyShard }) => {
        const [primary, ...others] = shards.map((id) => `/pagefind/${id}/`);
        const pagefind = await import(`${location.origin}${primary}pagefind.js`);
        await pagefind.options({ basePath: primary, baseUrl: '/', excerptLength: 30 });
        await pagefind.init();
        for (const other of others) await pagefind.mergeIndex(other, { baseUrl: '/', excerptLength: 30 });
        const start = performance.now();
        const search = await pagefind.search(word, everyShard ? {} : { sort: { date: 'desc' } });
        const first = search.results[0] ? await search.results[0].data() : undefined;
        return { ms: performance.now() - start, results: search.results.length, url: first?.url };
      },
      { word, shards, everyShard },
    );
    await page.waitForLoadState('networkidle');
    console.log(
      `${word}: ${timing.results} results, first record after ${timing.ms.toFixed(0)} ms; ` +
        `${(bytes / 1024).toFixed(1)} KB from /pagefind/ in ${requests} requests (from loading Pagefind to the first record)`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
