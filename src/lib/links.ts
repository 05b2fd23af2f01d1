import { absoluteUrl, withBase } from './site-url.ts';

/**
 * The site-path helpers bound to this build's deployment (SITE_URL and
 * BASE_PATH, read by astro.config.ts). For pages, feeds and endpoints;
 * pure code takes the base path as a parameter instead (see site-url.ts).
 */
export function link(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

export function publicUrl(path: string): string {
  return absoluteUrl(path, import.meta.env.SITE ?? 'http://localhost/', import.meta.env.BASE_URL);
}
