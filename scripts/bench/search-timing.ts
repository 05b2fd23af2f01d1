import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/support/browser.ts';
import { chromiumPath } from '../../tests/support/chromium.ts';
import { startStaticServer } from '../../tests/support/static-server.ts';

export interface FirstSearch {
  readonly word: string;
  /**
   * From the input event of typing the word to the first result in the
   * results list (page clock), or to the status saying that the years
   * searched have none.
   */
  readonly firstResultMs: number;
  /**
   * The same from pressing Enter (the form's submit event) on a fresh page: the
   * page searches at once then, while typing waits for Pagefind's debounce.
   */
  readonly firstResultOnEnterMs: number;
  /** Results the page reported for the word ("N results"), as shown. */
  readonly status: string;
  /** Pagefind files the search page fetched while loading, before any typing. */
  readonly pagefindLoadBytes: number;
  /** Everything fetched from typing until the network is quiet again (index chunks, fragments). */
  readonly afterTypingBytes: number;
  readonly afterTypingRequests: number;
  /** The index's shards whose files the page fetched, from loading to the first search's end (`pagefind/<shard>/`). */
  readonly shardsFetched: readonly string[];
  /** Going one shard further back ("Search earlier years"), when the first search offered it. */
  readonly goingBack?: GoingBack;
}

/** From pressing "Search earlier years (…)" to the status saying what the search found with that shard. */
export interface GoingBack {
  /** The button's words, naming the years. */
  readonly label: string;
  readonly ms: number;
  readonly bytes: number;
  readonly requests: number;
  readonly shardsFetched: readonly string[];
}

const QUIET_MS = 500;
const QUIET_LIMIT_MS = 30_000;

/**
 * Times a first search on the built site, once per word, each in a fresh
 * browser context (empty cache): load /search/, wait until the network is
 * idle (the page has loaded Pagefind and its filter counts, no search run
 * yet), type the word, and time from the input event to the first `<li>`
 * in #search-results, measured inside the page. Bytes are as received
 * (headers and encoded body) for every response, from a server that gzips text as a host would (tests/support/static-server.ts with `gzip`).
 */
export async function timeFirstSearches(siteDir: string, words: readonly string[]): Promise<FirstSearch[]> {
  const server = await startStaticServer(siteDir, { gzip: true });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
    const results: FirstSearch[] = [];
    for (const word of words) {
      const typed = await timeOne(browser, server.url, word, 'type');
      const entered = await timeOne(browser, server.url, word, 'enter');
      const { goingBack: _ignored, ...first } = typed;
      results.push({
        ...first,
        firstResultOnEnterMs: entered.firstResultMs,
        ...(typed.goingBack ? { goingBack: typed.goingBack } : {}),
      });
    }
    return results;
  } finally {
    await browser?.close();
    await server.close();
  }
}

async function timeOne(
  browser: Browser,
  origin: string,
  word: string,
  how: 'type' | 'enter',
): Promise<Omit<FirstSearch, 'firstResultOnEnterMs'>> {
  const context = await browser.newContext({ baseURL: origin });
  try {
    const page = await context.newPage();
    const traffic = recordTraffic(context);
    await page.goto('/search/', { waitUntil: 'networkidle' });
    await traffic.quiet();
    const pagefindLoadBytes = traffic.bytes((url) => url.includes('/pagefind/'));
    await page.evaluate(
      (startEvent) => {
        const list = document.getElementById('search-results')!;
        const start = document.getElementById(startEvent === 'input' ? 'search-query' : 'search-form')!;
        const marks: Record<string, number> = {};
        (window as unknown as { __bench: Record<string, number> }).__bench = marks;
        start.addEventListener(startEvent, () => (marks.started ??= performance.now()), { capture: true, once: true });
        new MutationObserver((_, observer) => {
          if (!list.querySelector('li')) return;
          marks.firstResult = performance.now();
          observer.disconnect();
        }).observe(list, { childList: true, subtree: true });
        // A search of the newest years only may find nothing there: then it is answered when it says so.
        const status = document.getElementById('search-status')!;
        new MutationObserver((_, observer) => {
          if (status.hasAttribute('aria-busy') || !/^No stories/.test(status.textContent ?? '')) return;
          marks.firstResult ??= performance.now();
          observer.disconnect();
        }).observe(status, { attributes: true, attributeFilter: ['aria-busy'] });
      },
      how === 'type' ? 'input' : 'submit',
    );
    if (how === 'enter') {
      // The word goes in without an input event, so only Enter starts the search.
      await page.evaluate(
        (value) => ((document.getElementById('search-query') as HTMLInputElement).value = value),
        word,
      );
    }
    traffic.startCounting();
    if (how === 'type') await page.fill('#search-query', word);
    else await page.press('#search-query', 'Enter');
    await page
      .locator('#search-results li')
      .first()
      .or(page.locator('#search-status:not([aria-busy])', { hasText: /^No stories/ }))
      .waitFor({ timeout: 60_000 });
    await traffic.quiet();
    const marks = await page.evaluate(() => (window as unknown as { __bench: Record<string, number> }).__bench);
    const first = {
      word,
      firstResultMs: marks.firstResult! - marks.started!,
      status: (await page.locator('#search-status').textContent())?.trim() ?? '',
      pagefindLoadBytes,
      afterTypingBytes: traffic.countedBytes(),
      afterTypingRequests: traffic.countedRequests(),
      shardsFetched: traffic.shards(),
    };
    const further = page.locator('#search-further');
    if (how === 'enter' || !(await further.isVisible())) return first;
    return { ...first, goingBack: await timeGoingBack(page, traffic) };
  } finally {
    await context.close();
  }
}

/** Presses "Search earlier years (…)" and times it to the status no longer being busy (the shard loaded, searched and counted). */
async function timeGoingBack(page: Page, traffic: Traffic): Promise<GoingBack> {
  const further = page.locator('#search-further');
  const label = (await further.textContent())?.trim() ?? '';
  traffic.startCounting();
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const status = document.getElementById('search-status')!;
        const start = performance.now();
        // Done once not busy and no longer saying "Searching …" (which it says not busy, to be announced).
        new MutationObserver((_, observer) => {
          if (status.hasAttribute('aria-busy') || /^Searching /.test(status.textContent ?? '')) return;
          observer.disconnect();
          resolve(performance.now() - start);
        }).observe(status, { attributes: true, attributeFilter: ['aria-busy'], childList: true, subtree: true });
        document.getElementById('search-further')!.click();
      }),
  );
  await traffic.quiet();
  return {
    label,
    ms,
    bytes: traffic.countedBytes(),
    requests: traffic.countedRequests(),
    shardsFetched: traffic.shards({ countedOnly: true }),
  };
}

type Traffic = ReturnType<typeof recordTraffic>;

/**
 * Transferred bytes per request (headers and body as received: Playwright's
 * request.sizes(), which reads Chromium's encoded lengths) for the page and
 * its workers (Pagefind searches in a Web Worker, whose requests a page's
 * own DevTools session does not see), and a wait for the network to go quiet.
 */
function recordTraffic(context: BrowserContext) {
  const sizes = new Map<Request, number>();
  const counted = new Set<Request>();
  const pending = new Set<Request>();
  const measuring: Promise<void>[] = [];
  let counting = false;
  let lastActivity = performance.now();
  context.on('request', (request) => {
    if (counting) counted.add(request);
    pending.add(request);
    lastActivity = performance.now();
  });
  context.on('requestfinished', (request) => {
    measuring.push(
      request.sizes().then((size) => {
        sizes.set(request, size.responseHeadersSize + size.responseBodySize);
        pending.delete(request);
        lastActivity = performance.now();
      }),
    );
  });
  context.on('requestfailed', (request) => {
    pending.delete(request);
    lastActivity = performance.now();
  });
  const sum = (requests: Iterable<Request>) => [...requests].reduce((total, r) => total + (sizes.get(r) ?? 0), 0);
  const shardOf = (url: string) => /\/pagefind\/([^/]+)\//.exec(new URL(url).pathname)?.[1];
  return {
    /** Counts from now on only (what was counted before is forgotten). */
    startCounting: () => {
      counted.clear();
      counting = true;
    },
    /** The shards fetched from, in the order first fetched: every request, or only those counted. */
    shards: ({ countedOnly = false } = {}) => [
      ...new Set(
        [...(countedOnly ? counted : sizes.keys())]
          .map((r) => shardOf(r.url()))
          .filter((id): id is string => id !== undefined),
      ),
    ],
    countedBytes: () => sum(counted),
    countedRequests: () => counted.size,
    bytes: (match: (url: string) => boolean) => sum([...sizes.keys()].filter((r) => match(r.url()))),
    /** Resolves once no request is open and none started or ended for QUIET_MS (at most QUIET_LIMIT_MS). */
    async quiet() {
      const started = performance.now();
      while (pending.size > 0 || performance.now() - lastActivity < QUIET_MS) {
        if (performance.now() - started > QUIET_LIMIT_MS) {
          const open = [...pending].map((r) => r.url()).join(', ');
          throw new Error(`the network did not go quiet; still open: ${open}`);
        }
        await new Promise((done) => setTimeout(done, 50));
      }
      await Promise.all(measuring);
    },
  };
}
