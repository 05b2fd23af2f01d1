/**
 * Site paths ("/2020/10/01/slug/", "/topics/grief/") are written as if the
 * archive lived at the root. These two functions place them on the
 * deployment: under its base path ("/" or "/news/"), and at its public origin.
 */

/** A site path as a link on this deployment: "/news/" + "2020/…". */
export function withBase(path: string, basePath: string): string {
  return `${basePath.replace(/\/+$/, '')}${path}`;
}

/** The public, absolute URL of a site path: used wherever a page is named outside the site (feeds, sitemap, JSON-LD, citations). */
export function absoluteUrl(path: string, site: URL | string, basePath: string): string {
  return new URL(withBase(path, basePath), site).href;
}

/**
 * Whether `site` is this machine's own address (localhost, 127.0.0.0/8,
 * ::1): the address of a build made without SITE_URL, which no reader
 * elsewhere can open.
 */
export function isLocalAddress(site: URL | string): boolean {
  const host = new URL(site).hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}
