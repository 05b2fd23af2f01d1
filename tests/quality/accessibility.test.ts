import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { WCAG_21_AA } from '../support/axe.ts';
import { launchChromium, recordProblems } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { writeFixtureArchive } from '../support/fixture-archive.ts';
import { announcedCount, batchShown } from '../support/fixture-search.ts';
import { listHtmlFiles } from '../support/html-files.ts';
import { markup, STORY_PATH } from '../support/markup.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

/** Every check runs in both colour schemes the site offers. */
const SCHEMES = ['light', 'dark'] as const;

/** One page of each type, in the made-up archive (which has every type); the search page with results shown. */
const FIXTURE_PAGES = {
  home: '/',
  'home, page 1': '/page/1/',
  story: '/2021/03/14/story-010/',
  year: '/2021/',
  month: '/2021/03/',
  day: '/2021/03/14/',
  'dates overview': '/archive/',
  'topic index': '/topics/',
  'people index': '/people/',
  'publication index': '/publications/',
  topic: '/topics/elections/',
  'topic, page 1': '/topics/elections/page/1/',
  person: '/people/maria-lopez/',
  publication: '/publications/harbor-times/',
  'threads index': '/threads/',
  thread: '/threads/2020-11-15-story-003/',
  search: '/search/?q=fixture',
  '404': '/404.html',
} as const;

interface Site {
  server: StaticServer;
  root: string;
}

let browser: Browser;
const sites: Site[] = [];
let fixture: Site;
/** A story of the bundled archive: real text, with quotes, captions, long URLs and hashes. */
let bundledStory: { site: Site; path: string };

async function serve(root: string): Promise<Site> {
  const site = { root, server: await startStaticServer(root) };
  sites.push(site);
  return site;
}

before(async () => {
  browser = await launchChromium();
  fixture = await serve(buildSite({ contentDir: writeFixtureArchive() }));
  const bundled = await serve(buildSite());
  const story = listHtmlFiles(bundled.root)
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .find((path) => STORY_PATH.test(path));
  assert.ok(story, 'the bundled archive built no story page');
  bundledStory = { site: bundled, path: story };
});

after(async () => {
  await browser?.close();
  for (const { server, root } of sites) {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

/** Every page checked: the made-up archive's page types, then a bundled story. */
function allPages(): { type: string; site: Site; path: string }[] {
  return [
    ...Object.entries(FIXTURE_PAGES).map(([type, path]) => ({ type, site: fixture, path })),
    { type: 'bundled story', ...bundledStory },
    // Real text: the thread of the five articles, and a person page with the quotes attributed to her.
    {
      type: 'bundled thread',
      site: bundledStory.site,
      path: '/threads/2020-10-01-chrissy-teigen-is-opening-up-about-her-miscarriage/',
    },
    { type: 'bundled person with quotes', site: bundledStory.site, path: '/people/chrissy-teigen/' },
  ];
}

/**
 * Opens a fresh page, runs `fn` on it after loading `path`, and fails if the
 * browser saw a console error, a page error or a failed request.
 */
async function onPage<T>(
  site: Site,
  path: string,
  options: BrowserContextOptions,
  fn: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ baseURL: site.server.url, ...options });
  try {
    const page = await context.newPage();
    const problems = recordProblems(page, { allowResponses: [{ path: '/404.html', status: 404 }] });
    await page.goto(path);
    if (path.startsWith('/search/?q=')) await page.locator(markup.searchResults).first().waitFor();
    const result = await fn(page);
    assert.deepEqual(problems, [], `problems on ${path}`);
    return result;
  } finally {
    await context.close();
  }
}

// Generous: about 20 pages a scheme, each analysed in full, on a 2-core machine that may be busy.
describe('axe finds no WCAG 2.1 A or AA violation', { timeout: 480_000 }, () => {
  for (const scheme of SCHEMES) {
    test(`on one page of each type, in the ${scheme} colour scheme, and again with every fold open`, async () => {
      const violations: string[] = [];
      for (const { type, site, path } of allPages()) {
        // As the page opens, then with every <details> open (a story's citation, record and other coverage).
        const [closed, open] = await onPage(site, path, { colorScheme: scheme }, async (page) => {
          const asOpened = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
          const folded = await page.evaluate(() =>
            [...document.querySelectorAll('details:not([open])')].map((details) => details.setAttribute('open', '')),
          );
          return [
            asOpened,
            folded.length > 0 ? await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze() : undefined,
          ];
        });
        for (const [results, state] of [
          [closed, ''],
          [open, ' (folds open)'],
        ] as const) {
          if (!results) continue;
          assert.ok(results.passes.length > 0, `axe checked nothing on ${path}${state}`);
          for (const violation of results.violations) {
            const where = violation.nodes.map((node) => node.target.join(' ')).join(', ');
            violations.push(
              `${type} ${path}${state}: ${violation.id} (${violation.impact}): ${violation.help} at ${where}`,
            );
          }
        }
      }
      if (violations.length > 0) assert.fail(`${violations.length} violations:\n${violations.join('\n')}`);
    });
  }
});

/** What has keyboard focus, in words, and whether its outline can be seen against what is behind it. */
function describeFocus(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return undefined;
    const style = getComputedStyle(element);
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const linear = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    // The background the outline is drawn on: the nearest ancestor's that is not transparent.
    let background = 'rgb(255, 255, 255)';
    for (let node = element.parentElement; node; node = node.parentElement) {
      const color = getComputedStyle(node).backgroundColor;
      if ((rgb(color)[3] ?? 1) > 0) {
        background = color;
        break;
      }
    }
    const [light, dark] = [luminance(rgb(style.outlineColor)), luminance(rgb(background))].sort((a, b) => b - a);
    const box = element.getBoundingClientRect();
    return {
      key: element instanceof HTMLElement ? element.dataset['tabCheck'] : undefined,
      label: `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> "${(element.textContent ?? '').trim().slice(0, 40)}"`,
      isSkipLink: element.classList.contains('skip-link'),
      href: element.getAttribute('href'),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      outlineVisible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      outlineContrast: (light! + 0.05) / (dark! + 0.05),
      onScreen: box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0,
    };
  });
}

describe('keyboard', { timeout: 120_000 }, () => {
  test('the first Tab reaches the skip link, shown on screen, and Enter moves focus to the main content', async () => {
    for (const { type, site, path } of allPages()) {
      await onPage(site, path, {}, async (page) => {
        await page.keyboard.press('Tab');
        const focus = await describeFocus(page);
        assert.ok(focus?.isSkipLink, `${type} ${path}: the first Tab focused ${focus?.label ?? 'nothing'}`);
        assert.equal(focus.href, '#main');
        assert.ok(focus.onScreen, `${type} ${path}: the focused skip link is off screen`);
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', `${type} ${path}`);
        // The next Tab goes on from the main content, not from the top of the page.
        await page.keyboard.press('Tab');
        assert.ok(
          await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement)),
          `${type} ${path}: Tab after the skip link left the main content`,
        );
      });
    }
  });

  for (const scheme of SCHEMES) {
    test(`Tab reaches every link, field and button of a story and of search, each with a visible outline (${scheme})`, async () => {
      const problems: string[] = [];
      // The search page with a filter set, so its filters are open: the date fields and every checkbox too.
      const search = { site: fixture, path: `${FIXTURE_PAGES.search}&topic=Flooding` };
      for (const { site, path } of [bundledStory, search]) {
        await onPage(site, path, { colorScheme: scheme }, async (page) => {
          // Everything a mouse user can operate: shown links, buttons, fields and folds' summaries (not what is
          // in a closed <details>). Counted once the filters are drawn and the first results are all shown, as a
          // reader tabbing would find them.
          if (path.includes('&')) {
            await page.getByRole('group', { name: 'Topic' }).waitFor();
            await batchShown(page, await announcedCount(page));
          }
          const operable = await page.evaluate(() =>
            [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')]
              .filter(
                (element) => element.checkVisibility({ visibilityProperty: true }) && !element.matches(':disabled'),
              )
              .map((element, index) => {
                element.dataset['tabCheck'] = String(index);
                return element.outerHTML.slice(0, 100);
              }),
          );
          const reached = new Set<string | undefined>();
          let previous: string | undefined;
          // A date field takes several Tabs (day, month, year, picker), so allow a few per control.
          for (let i = 0; i <= operable.length * 4; i++) {
            await page.keyboard.press('Tab');
            const focus = await describeFocus(page);
            if (!focus) break; // out of the page
            if (focus.key !== undefined) {
              if (focus.key === previous) continue; // still inside the same date field
              if (reached.has(focus.key)) break; // round to the start again
              previous = focus.key;
              reached.add(focus.key);
            } // else drawn after the count was taken: checked, not counted
            if (!focus.outlineVisible) problems.push(`${path}: ${focus.label} has outline ${focus.outline}`);
            else if (focus.outlineContrast < 3) {
              problems.push(`${path}: ${focus.label}'s outline contrast is ${focus.outlineContrast.toFixed(2)}:1`);
            }
          }
          const missed = operable.filter((_, index) => !reached.has(String(index)));
          if (missed.length > 0) problems.push(`${path}: Tab never reached ${missed.join(', ')}`);
        });
      }
      if (problems.length > 0) assert.fail(problems.join('\n'));
    });
  }
});

describe('narrow screens', { timeout: 120_000 }, () => {
  test('no page type scrolls sideways at 320 px wide', async () => {
    const overflowing: string[] = [];
    for (const { type, site, path } of allPages()) {
      await onPage(site, path, { viewport: { width: 320, height: 640 } }, async (page) => {
        const { scrollWidth, viewport, wide } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          viewport: window.innerWidth,
          wide: [...document.querySelectorAll('body *')]
            .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
            .slice(0, 5)
            .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}">`),
        }));
        if (scrollWidth > viewport) {
          overflowing.push(`${type} ${path}: ${scrollWidth} px wide at ${viewport} px (${wide.join(', ')})`);
        }
      });
    }
    if (overflowing.length > 0) assert.fail(overflowing.join('\n'));
  });

  test("the header's search box shows its whole placeholder on a phone", async () => {
    for (const width of [320, 390, 430]) {
      await onPage(bundledStory.site, '/', { viewport: { width, height: 640 } }, async (page) => {
        // The placeholder typed in as the value is laid out in the same box
        // (beside the search field's clear button, which takes its room even
        // while hidden); text wider than the box scrolls.
        const { placeholder, scrollWidth, clientWidth } = await page.evaluate(() => {
          const input = document.querySelector<HTMLInputElement>('#site-search')!;
          input.value = input.placeholder;
          return { placeholder: input.placeholder, scrollWidth: input.scrollWidth, clientWidth: input.clientWidth };
        });
        assert.ok(
          scrollWidth <= clientWidth,
          `at ${width} px, "${placeholder}" needs ${scrollWidth} px in a box of ${clientWidth}`,
        );
      });
    }
  });
});

describe('print', { timeout: 60_000 }, () => {
  test('a printed story shows the story and its record without the site around it, with link targets written out', async () => {
    await onPage(bundledStory.site, bundledStory.path, { colorScheme: 'dark' }, async (page) => {
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const shown = (selector: string) =>
          [...document.querySelectorAll(selector)].some((element) => getComputedStyle(element).display !== 'none');
        // A link whose text is its address is printed once (rehype-bare-urls.ts); here one in the story is.
        const links = [...document.querySelectorAll('.story-body a[href]')].map((link) => ({
          href: link.getAttribute('href')!,
          bare: link.hasAttribute('data-bare-url'),
          after: getComputedStyle(link, '::after').content,
        }));
        return {
          chrome: [
            '.site-header',
            '.site-footer',
            '.breadcrumbs',
            '.story-terms',
            '.more-on-story > h2',
            '.story-thread',
            '.other-coverage',
            '.story-quotes',
            '.cite-story',
          ].filter(shown),
          story: shown('.story-body') && shown('h1'),
          // The record is folded on screen; on paper its text shows all the same.
          record: [...document.querySelectorAll('details.story-record:not([open]) p')].map((p) =>
            p.checkVisibility({ contentVisibilityAuto: true }),
          ),
          colors: [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor],
          links,
        };
      });
      assert.deepEqual(printed.chrome, [], 'site chrome printed');
      assert.ok(printed.story, 'the story or its headline is not printed');
      assert.ok(printed.record.length > 0 && printed.record.every(Boolean), 'the folded record is not printed');
      assert.deepEqual(printed.colors, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)'], 'black on white, even in dark mode');
      assert.ok(
        printed.links.some((link) => link.bare),
        `${bundledStory.path}: no link in the story names its own address`,
      );
      for (const link of printed.links)
        if (link.bare) assert.equal(link.after, 'none', `${link.href}: its address printed twice`);
        else assert.ok(link.after.includes(link.href), `${link.href}: its address not printed (${link.after})`);
    });
  });

  test('a printed link whose text is not its address has the address written after it', async () => {
    await onPage(bundledStory.site, bundledStory.path, {}, async (page) => {
      await page.emulateMedia({ media: 'print' });
      const after = await page.evaluate(() => {
        const link = Object.assign(document.createElement('a'), {
          href: 'https://example.com/report',
          textContent: 'the report',
        });
        document.querySelector('.story-body')!.append(link);
        return getComputedStyle(link, '::after').content;
      });
      assert.match(after, /https:\/\/example\.com\/report/);
    });
  });
});
