import type { APIRoute } from 'astro';
import { publicUrl } from '../lib/links.ts';

/**
 * Every crawler may read everything; the sitemap index (written by
 * @astrojs/sitemap) is named by its absolute URL on this deployment.
 * Crawlers read robots.txt only at the root of an origin: under a base path
 * (/news/robots.txt) it is there to be copied into the host's own.
 */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${publicUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
