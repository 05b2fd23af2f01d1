import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parse } from 'yaml';
import { splitFrontMatter } from '../../src/entry/front-matter.ts';
import { storyPath } from '../../src/entry/story-path.ts';
import { articleSchema } from '../../src/entry/article.ts';
import { useSite } from '../support/browser.ts';
import { listHtmlFiles } from '../support/html-files.ts';
import { markup } from '../support/markup.ts';
import { emptyProject, removeProject, runCli } from '../ingest/helpers.ts';
import { EXPECTED_REFUSALS, EXPECTED_TEXT, writeHostileCorpus } from './hostile-corpus.ts';
import { watchPage } from './page-watch.ts';
import { runBuild } from './run-build.ts';

interface Report {
  files: {
    path: string;
    articles: { status: string; entry?: string; problem?: { field: string; reason: string } }[];
  }[];
}

/** Elements no entry body may produce, whatever its source held. */
const FORBIDDEN = 'script, style, iframe, object, embed, svg, math, img, form, input, button, link, meta, base';

describe('hostile sources, from ingest to a page in Chromium', { timeout: 600_000 }, () => {
  const root = emptyProject();
  const outDir = join(root, 'dist');
  after(() => removeProject(root));
  writeHostileCorpus(root);
  /** Source file name → its story's URL path. */
  const stories = new Map<string, string>();
  const site = useSite(() => outDir);

  test('ingest refuses each source with file, field and reason, or makes an entry the schema accepts', () => {
    const run = runCli(root, '--json');
    assert.equal(run.status, 1, 'refusals make the exit status 1');
    const report = JSON.parse(run.stdout) as Report;
    for (const file of report.files) {
      const name = file.path.replace('content/sources/', '');
      const [article, ...more] = file.articles;
      assert.ok(article && more.length === 0, `${name}: one article`);
      const refusal = EXPECTED_REFUSALS[name];
      if (refusal) {
        assert.equal(article.status, 'refused', `${name} is refused`);
        assert.equal(article.problem?.field, refusal.field, `${name}: the field`);
        assert.match(article.problem?.reason ?? '', refusal.reason, `${name}: the reason`);
        continue;
      }
      assert.equal(article.status, 'created', `${name}: ${JSON.stringify(article.problem)}`);
      const text = readFileSync(join(root, article.entry!), 'utf8');
      const data = articleSchema.parse(parse(splitFrontMatter(text)!.yaml));
      stories.set(name, storyPath(data));
    }
    assert.deepEqual(
      [...stories.keys(), ...Object.keys(EXPECTED_REFUSALS)].sort(),
      report.files.map((f) => f.path.replace('content/sources/', '')).sort(),
    );
    assert.deepEqual([...stories.keys()].sort(), Object.keys(EXPECTED_TEXT).sort(), 'every entry has expectations');
  });

  test('the entries build into a site that reconciles, the refusals recorded', () => {
    const run = runBuild(join(root, 'content'), outDir);
    assert.equal(run.status, 0, run.output);
    const sources = stories.size + Object.keys(EXPECTED_REFUSALS).length;
    assert.match(
      run.output,
      new RegExp(
        `Reconciled: ${sources} sources \\(2 with a recorded refusal\\) → ${stories.size} entries → ${stories.size} story pages → ${stories.size} search records`,
      ),
    );
  });

  test('no page runs an injected script or breaks the policy, and each story shows its payloads as text', async () => {
    await site.withPage(async (page) => {
      const watch = await watchPage(page);
      for (const [name, path] of stories) {
        await page.goto(path, { waitUntil: 'load' });
        const article = page.locator('main article').first();
        const shown = (await article.innerText()).replace(/\s+/g, ' ');
        for (const text of EXPECTED_TEXT[name] ?? []) {
          assert.ok(shown.includes(text), `${name} (${path}) shows ${JSON.stringify(text)} as text:\n${shown}`);
        }
        assert.doesNotMatch(
          shown,
          /[\u202a-\u202e\u2066-\u2069\u200b]/,
          `${name}: no direction override or zero-width space`,
        );
        const forbidden = await article.locator('.story-body').locator(FORBIDDEN).count();
        assert.equal(forbidden, 0, `${name}: no ${FORBIDDEN} element in the body`);
        const handlers = await page.evaluate(() =>
          [...document.querySelectorAll('*')].flatMap((el) =>
            [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}>`),
          ),
        );
        assert.deepEqual(handlers, [], `${name}: no event-handler attribute on the page`);
        const links = await article
          .locator('.story-body a[href]')
          .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, rel: a.getAttribute('rel') ?? '' })));
        for (const link of links) {
          const url = new URL(link.href, page.url());
          if (url.origin === new URL(page.url()).origin) continue; // within the archive
          assert.ok(['http:', 'https:', 'mailto:'].includes(url.protocol), `${name}: link to ${link.href}`);
          if (url.protocol !== 'mailto:') assert.equal(link.rel, 'noopener noreferrer', `${name}: rel of ${link.href}`);
        }
      }
      // Every other page (home, date, topic, person and publication pages) lists the hostile headlines and labels.
      for (const file of listHtmlFiles(outDir).filter((f) => f !== '404.html')) {
        await page.goto(`/${file.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
      }
      assert.deepEqual(watch.executions, [], 'no injected script ran and no dialog opened');
      assert.deepEqual(watch.violations, [], 'no Content-Security-Policy violation');
    });
  });

  test('searching for the payloads lists them as text in results and excerpts, and runs none', async () => {
    await site.withPage(async (page) => {
      const watch = await watchPage(page);
      for (const query of ['pwned', 'script', 'onerror']) {
        await page.goto(`/search/?q=${query}`);
        const results = page.locator(markup.searchResults);
        await results.first().waitFor();
        const excerpts = (await page.locator(markup.resultExcerpt).allInnerTexts()).join('\n');
        assert.match(excerpts, /__pwned\(/, `"${query}": the excerpts show the payload text`);
        const inResults = await page.locator(`${markup.searchResults} :is(${FORBIDDEN})`).count();
        assert.equal(inResults, 0, `"${query}": results hold no markup from the stories`);
      }
      assert.deepEqual(watch.executions, []);
      assert.deepEqual(watch.violations, []);
    });
  });

  test('a hostile search address is only ever text: the query fills the box, filter values are labels, nothing runs', async () => {
    const query = `"><img src=x onerror="__pwned('query')"></script><script>__pwned('query-script')</script>`;
    const topic = `<img src=x onerror="__pwned('topic-filter')">`;
    await site.withPage(async (page) => {
      const watch = await watchPage(page);
      await page.goto(
        `/search/?q=${encodeURIComponent(query)}&topic=${encodeURIComponent(topic)}&sort=${encodeURIComponent('<b>')}`,
      );
      await page.waitForLoadState('networkidle');
      assert.equal(await page.locator(markup.searchInput).inputValue(), query);
      // The page's own form has inputs and buttons, and its own module script; nothing else belongs there.
      const injected = await page
        .locator('main :is(script:not([type="module"][src]), style, iframe, object, embed, svg, math, img)')
        .count();
      assert.equal(injected, 0, 'no element made from the address');
      assert.deepEqual(watch.executions, []);
      assert.deepEqual(watch.violations, []);
    });
  });
});
