/**
 * Real Chromium against the built site. `useSite()` serves dist/ and
 * launches one browser per test file; `withPage` gives each
 * test a fresh page and fails the test if anything went wrong on any page it
 * visited: a console error, an uncaught page error, a request that failed or
 * a response with an error status.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from './chromium.ts';
import { DIST_DIR, startStaticServer, type StaticServer } from './static-server.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** How long a locator waits for something to appear (search results render asynchronously). */
const ACTION_TIMEOUT_MS = 10_000;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

export interface PageOptions {
  /** Responses expected to carry this error status, by path (e.g. a missing page's own 404). */
  readonly allowResponses?: readonly { readonly path: string; readonly status: number }[];
  /** Console errors expected, by their text (e.g. a library's own report of a failure a test causes). */
  readonly allowConsoleErrors?: readonly RegExp[];
  /** False to browse as a reader with JavaScript turned off. */
  readonly javaScriptEnabled?: boolean;
}

/** Everything that went wrong while the page was open, as readable lines. */
export type Problems = string[];

/** Starts recording problems on a page; returns the live list. */
export function recordProblems(page: Page, options: PageOptions = {}): Problems {
  const problems: Problems = [];
  const allowed = (url: string, status: number) =>
    options.allowResponses?.some((a) => new URL(url).pathname === a.path && a.status === status) ?? false;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    // Chromium logs every error response as a console error too; responses are judged below.
    if (/^Failed to load resource: the server responded with a status of \d+/.test(message.text())) return;
    if (options.allowConsoleErrors?.some((allowed) => allowed.test(message.text()))) return;
    problems.push(`console error on ${page.url()}: ${message.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught error on ${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText;
    // Requests cut off by leaving the page (a click, a form submit) are not the site's fault.
    if (reason === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.method()} ${request.url()}: ${reason ?? 'unknown'}`);
  });
  page.on('response', (response) => {
    const status = response.status();
    if (status >= 400 && !allowed(response.url(), status)) {
      problems.push(`HTTP ${status} for ${response.request().method()} ${response.url()} (on ${page.url()})`);
    }
  });
  return problems;
}

export interface Site {
  /**
   * Runs `fn` on a fresh page (relative `goto` paths resolve against the
   * site), then asserts that no problem was recorded on any page it visited.
   */
  withPage<T>(fn: (page: Page, problems: Problems) => Promise<T>, options?: PageOptions): Promise<T>;
}

/**
 * Serves dist/ (or the folder `root` returns) and launches Chromium for the current test file on first use,
 * closing both after its tests. Starting lazily makes a missing browser or
 * build fail each test with the reason, rather than cancel them.
 */
export function useSite(root: () => string = () => DIST_DIR): Site {
  let started: Promise<{ server: StaticServer; browser: Browser }> | undefined;

  const start = () =>
    (started ??= (async () => {
      const dir = root();
      assert.ok(existsSync(join(dir, 'index.html')), `${dir}/index.html is missing: run \`npm run build\` first`);
      const browser = await launchChromium();
      return { server: await startStaticServer(dir), browser };
    })());

  after(async () => {
    const running = await started?.catch(() => undefined);
    await running?.browser.close();
    await running?.server.close();
  });

  return {
    async withPage(fn, options) {
      const { browser, server } = await start();
      const context = await browser.newContext({
        baseURL: server.url,
        javaScriptEnabled: options?.javaScriptEnabled ?? true,
      });
      context.setDefaultTimeout(ACTION_TIMEOUT_MS);
      try {
        const page = await context.newPage();
        const problems = recordProblems(page, options);
        const result = await fn(page, problems);
        await page.waitForLoadState('load');
        assert.deepEqual(problems, [], 'no console errors, page errors or failed requests');
        return result;
      } finally {
        await context.close();
      }
    },
  };
}
