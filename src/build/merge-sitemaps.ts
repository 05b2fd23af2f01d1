import { createReadStream, createWriteStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseSitemap, SitemapAndIndexStream, SitemapStream } from 'sitemap';

/** The files @astrojs/sitemap writes at the root of a site: the index and its numbered sitemaps. */
export const isSitemapFile = (file: string): boolean => /^sitemap-(index|\d+)\.xml$/.test(file);

/** @astrojs/sitemap's default `entryLimit`: URLs per sitemap file. */
const ENTRY_LIMIT = 45_000;

/** Every page URL in the sitemaps @astrojs/sitemap wrote into a built site. */
async function sitemapUrls(site: string): Promise<string[]> {
  const files = readdirSync(site).filter((file) => /^sitemap-\d+\.xml$/.test(file));
  const lists = await Promise.all(files.map((file) => parseSitemap(createReadStream(join(site, file)))));
  return lists.flat().map((item) => item.url);
}

/**
 * Writes into `site` the sitemap of every URL in the parts' sitemaps, as
 * @astrojs/sitemap writes one for a whole build (its `writeSitemap`: URLs in
 * its order, `sitemap-index.xml` and `sitemap-<n>.xml` of at most 45,000
 * URLs each, with the same namespaces), so that a merged site's sitemap is
 * the one a single build of the archive would have. `siteUrl` and
 * `basePath` are the deployment's (src/deployment.ts).
 */
export async function writeMergedSitemap(
  site: string,
  parts: readonly string[],
  siteUrl: string,
  basePath: string,
): Promise<number> {
  const urls = [...new Set((await Promise.all(parts.map(sitemapUrls))).flat())];
  urls.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const hostname = new URL(basePath, siteUrl).href;
  const publicBasePath = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const stream = new SitemapAndIndexStream({
    limit: ENTRY_LIMIT,
    getSitemapStream: (i) => {
      const sitemap = new SitemapStream({
        hostname,
        xmlns: { news: true, xhtml: true, image: true, video: true },
      });
      const name = `sitemap-${i}.xml`;
      const written = sitemap.pipe(createWriteStream(join(site, name)));
      return [new URL(`${publicBasePath}${name}`, hostname).toString(), sitemap, written];
    },
  });
  await pipeline(
    Readable.from(urls.map((url) => ({ url }))),
    stream,
    createWriteStream(join(site, 'sitemap-index.xml')),
  );
  return urls.length;
}
