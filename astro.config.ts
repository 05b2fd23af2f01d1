import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { astroCacheDir, resolveContentDir } from './src/entry/content-location.ts';
import { resolveDeployment } from './src/deployment.ts';
import incrementalCache from './src/integrations/incremental-cache.ts';
import pagefind from './src/integrations/pagefind.ts';
import { absoluteUrl } from './src/lib/site-url.ts';
import { contentSecurityPolicy } from './src/security/csp.ts';
import { rehypePlugins, remarkPlugins } from './src/markdown/pipeline.ts';

/** Public origin and base path, from src/deployment.ts or SITE_URL and BASE_PATH. */
const deployment = resolveDeployment();
/** The archive to build: content/, or another folder named by CONTENT_DIR. */
const contentDir = resolveContentDir();
/**
 * Pages left out of the sitemap: the 404 page, and the search page, which is
 * empty until a reader types a query (its results are made in the browser).
 * Every page of every list is in: a numbered page keeps its stories as the
 * archive grows (src/lib/pagination.ts).
 */
const notInSitemap = new Set(
  ['/404/', '/search/'].map((path) => absoluteUrl(path, deployment.siteUrl, deployment.basePath)),
);

export default defineConfig({
  site: deployment.siteUrl,
  base: deployment.basePath,
  // Each content folder keeps its own build cache (the content layer's data
  // store), so building another archive never reuses this one's entries; and
  // each job of a split build its own within it.
  cacheDir: `./${astroCacheDir(contentDir)}`,
  // Every page is a folder with an index.html; every URL ends in a slash.
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages in flight at once, so that file writes and copies overlap: a
    // rebuild copies each unchanged page from the cache, one after another
    // when this is 1. Four at once renders faster for little more memory
    // (docs/decisions/2026-11-24-10000-articles-where-the-time-went.md).
    concurrency: 4,
  },
  markdown: {
    // Entries render through remark and rehype (not Astro 7's default
    // Sätteri) because the archive's conventions are unified plugins.
    processor: unified({
      // Source text is shown as received: no smart quotes or dashes added.
      smartypants: false,
      remarkPlugins,
      // No raw HTML reaches the page, and links are http(s) only.
      remarkRehype: { allowDangerousHtml: false },
      rehypePlugins,
    }),
    syntaxHighlight: false,
  },
  // incrementalCache guards the page cache against a build that failed;
  // pagefind serves the last build's search index under the dev server (the
  // index itself is written by scripts/build.ts once Astro has exited).
  integrations: [incrementalCache(), pagefind(), sitemap({ filter: (url) => !notInSitemap.has(url) })],
  // Scripts ship as files, never inline: cacheable, and ready for a strict CSP.
  vite: { build: { assetsInlineLimit: 0 } },
  // A Content-Security-Policy <meta> on every page (see src/security/csp.ts).
  security: { csp: contentSecurityPolicy },
  // A rebuild copies every page whose cache key (src/lib/cache-key.ts) and
  // code are unchanged from the last build, from the cache folder's dist/.
  experimental: { incrementalBuild: true },
});
