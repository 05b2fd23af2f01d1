import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { CSP_HEADER } from '../../src/security/csp.ts';
import { buildSite } from '../support/build-site.ts';
import { useSite } from '../support/browser.ts';
import { listHtmlFiles } from '../support/html-files.ts';
import { markup } from '../support/markup.ts';
import { watchPage } from './page-watch.ts';

/** The policy as a map of directive → sources, read from a page's <meta http-equiv>. */
function pagePolicy(html: string): Map<string, string[]> | undefined {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
  if (content === undefined) return undefined;
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('Content-Security-Policy', { timeout: 240_000 }, () => {
  let dist = '';
  const built = () => (dist ||= buildSite());
  const site = useSite(built);

  test('every page carries a strict policy: own scripts, hashes and wasm only, no unsafe-inline or eval', () => {
    const pages = listHtmlFiles(built());
    assert.ok(pages.length > 10, `only ${pages.length} pages built`);
    for (const file of pages) {
      const policy = pagePolicy(readFileSync(join(built(), file), 'utf8'));
      assert.ok(policy, `${file} has no Content-Security-Policy meta tag`);
      const scripts = policy.get('script-src') ?? [];
      assert.deepEqual(
        scripts.filter((source) => !/^'sha(256|384|512)-/.test(source)),
        ["'self'", "'wasm-unsafe-eval'"],
        `${file}: script-src allows only the site's files, hashed inline scripts and WebAssembly`,
      );
      for (const [name, sources] of policy) {
        assert.ok(!sources.includes("'unsafe-inline'"), `${file}: ${name} allows 'unsafe-inline'`);
        assert.ok(!sources.includes("'unsafe-eval'"), `${file}: ${name} allows 'unsafe-eval'`);
        assert.ok(
          !sources.includes('*') && !sources.some((s) => /^(https?|data|blob):$/.test(s)),
          `${file}: ${name} allows any origin`,
        );
      }
      assert.deepEqual(policy.get('object-src'), ["'none'"], `${file}: object-src`);
      assert.deepEqual(policy.get('default-src'), ["'self'"], `${file}: default-src`);
    }
  });

  test('no page reports a violation in Chromium (JSON-LD included), and search with highlighting works', async () => {
    const pages = listHtmlFiles(built())
      .filter((file) => file !== '404.html')
      .map((file) => `/${file.replace(/index\.html$/, '')}`);
    await site.withPage(async (page) => {
      const watch = await watchPage(page);
      for (const path of pages) await page.goto(path, { waitUntil: 'load' });
      await page.goto('/search/?q=placenta');
      const first = page.locator(markup.searchResults).first();
      await first.waitFor();
      assert.ok((await first.locator(`${markup.resultExcerpt} mark`).count()) > 0, 'the excerpt highlights the word');
      assert.deepEqual(watch.violations, [], `no CSP violations on ${pages.length} pages and a search`);
      assert.deepEqual(watch.executions, []);
    });
  });

  test('the hooks see what they watch for: an injected inline script is blocked and reported, a call counted', async () => {
    await site.withPage(async (page, problems) => {
      const watch = await watchPage(page);
      await page.goto('/');
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = "window.__pwned('canary')";
        document.body.append(script);
      });
      await page.waitForTimeout(200);
      assert.equal(watch.executions.length, 0, 'the inline script did not run');
      assert.match(watch.violations.join('\n'), /script-src/, 'the blocked script was reported');
      await page.evaluate(() => (window as unknown as { __pwned: (tag: string) => void }).__pwned('direct'));
      assert.deepEqual(watch.executions, ['script ran: direct']);
      problems.length = 0; // the blocked script's console error was the point
    });
  });

  test('the Netlify/Cloudflare _headers file and the nginx block send the same policy as a header', () => {
    const headers = readFileSync(join(import.meta.dirname, '../../public/_headers'), 'utf8');
    assert.ok(headers.includes(`/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: ${CSP_HEADER}\n`));
    const nginx = readFileSync(join(import.meta.dirname, '../../deploy/nginx.conf'), 'utf8');
    assert.ok(nginx.includes(`add_header Content-Security-Policy "${CSP_HEADER}" always;`));
  });
});
