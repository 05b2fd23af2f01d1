/**
 * A link check over a built site served over HTTP: every internal link,
 * stylesheet, script, image and form target on every page must answer 200,
 * stay under the site's base path, and (for #anchors) name an element on
 * the target page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

/** Every page of a built site, as [URL path under the base ("" for the home page), file]. */
export function sitePages(dist: string): [string, string][] {
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

const REFERENCES: readonly [selector: string, attribute: 'href' | 'src' | 'action'][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['form[action]', 'action'],
];

/** Every URL a page points at (links, stylesheets, scripts, images, forms), as written. */
export function references(html: string): string[] {
  const tree = fromHtml(html);
  return REFERENCES.flatMap(([selector, attribute]) =>
    selectAll(selector, tree).map((element: Element) => String(element.properties[attribute])),
  );
}

function idsIn(html: string): Set<string> {
  return new Set(selectAll('[id]', fromHtml(html)).map((element: Element) => String(element.properties.id)));
}

export interface LinkCheck {
  /** One line per broken reference: page, reference and what is wrong. */
  readonly broken: string[];
  /** How many internal references were followed (to show the check saw the site). */
  readonly internal: number;
}

/** Checks every page of `dist` as served at `siteUrl` (which ends in the base path and "/"). */
export async function checkInternalLinks(dist: string, siteUrl: string): Promise<LinkCheck> {
  const site = new URL(siteUrl);
  const fetched = new Map<string, Promise<{ status: number; body: string }>>();
  const fetchOnce = (url: string) => {
    if (!fetched.has(url)) {
      fetched.set(
        url,
        fetch(url, { redirect: 'manual' }).then(async (r) => ({ status: r.status, body: await r.text() })),
      );
    }
    return fetched.get(url)!;
  };
  const broken: string[] = [];
  let internal = 0;
  for (const [path, file] of sitePages(dist)) {
    // The 404 page is served at any address, so its relative links are not meant to resolve.
    if (path === '404.html') continue;
    const pageUrl = new URL(path, site);
    for (const reference of references(readFileSync(file, 'utf8'))) {
      const target = new URL(reference, pageUrl);
      if (target.origin !== site.origin) continue;
      internal += 1;
      const where = relative(dist, file);
      if (!target.pathname.startsWith(site.pathname)) {
        broken.push(`${where}: ${reference} leaves the base path ${site.pathname}`);
        continue;
      }
      const { status, body } = await fetchOnce(target.origin + target.pathname + target.search);
      if (status !== 200) broken.push(`${where}: ${reference} → HTTP ${status}`);
      else if (target.hash && !idsIn(body).has(decodeURIComponent(target.hash.slice(1)))) {
        broken.push(`${where}: ${reference} → no element with that id`);
      }
    }
  }
  return { broken, internal };
}
