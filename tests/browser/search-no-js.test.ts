import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useSite } from '../support/browser.ts';
import { collapse, markup } from '../support/markup.ts';

const site = useSite();

test('with JavaScript off, the header form still reaches /search/?q=…, which says search needs JavaScript and offers the ways to browse', async () => {
  await site.withPage(
    async (page) => {
      await page.goto('/archive/');
      await page.locator(markup.headerSearchInput).fill('Legend');
      await page.locator(markup.headerSearchSubmit).click();
      await page.waitForURL('**/search/?q=Legend');
      const notice = page.locator('main p.notice');
      assert.match(collapse(await notice.innerText()), /Search runs in your browser and needs JavaScript/);
      const links = await notice.locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      // No story of the bundled archive names its publication: no browsing by publication is offered.
      assert.deepEqual(links, ['/archive/', '/topics/', '/people/', '/']);
    },
    { javaScriptEnabled: false },
  );
});
