/**
 * Where the archive is published: its public origin and the path it lives
 * under. Set here for the archive, overridden at build time by the
 * environment variables SITE_URL and BASE_PATH (for a preview deploy, or a
 * GitHub Pages project site under /<repository>/). Plain TypeScript, read by
 * astro.config.ts; the site reads the result through Astro (`Astro.site`,
 * `import.meta.env.BASE_URL`).
 */
export const deploymentDefaults = {
  /** The public origin (and any path before the base), e.g. https://news.example.org. */
  siteUrl: 'http://localhost:4321',
  /** The path the archive is served under: "/" at the root, "/news/" under a sub-path. */
  basePath: '/',
} as const;

export interface Deployment {
  /** Absolute http(s) URL with no trailing slash. */
  readonly siteUrl: string;
  /** Starts and ends with "/". */
  readonly basePath: string;
}

/**
 * The deployment for this build: the defaults, overridden by SITE_URL and
 * BASE_PATH when set. Throws with the variable, its value and what is
 * expected when either cannot be used, so a bad deploy fails at once.
 */
export function resolveDeployment(env: Readonly<Record<string, string | undefined>> = process.env): Deployment {
  const siteUrl = env.SITE_URL?.trim() || deploymentDefaults.siteUrl;
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new Error(`SITE_URL: "${siteUrl}" is not a URL; expected e.g. https://news.example.org`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL: "${siteUrl}" must start with http:// or https://`);
  }
  if (url.search || url.hash) throw new Error(`SITE_URL: "${siteUrl}" must not have a query or a fragment`);

  const rawBase = env.BASE_PATH?.trim() || deploymentDefaults.basePath;
  const segments = rawBase.split('/').filter((segment) => segment !== '');
  const invalid = segments.find((segment) => segment === '.' || segment === '..' || !/^[\w.~-]+$/.test(segment));
  if (invalid !== undefined) {
    throw new Error(
      `BASE_PATH: "${rawBase}" has the segment "${invalid}"; use letters, digits, "-", "_", "." and "~", e.g. /news/`,
    );
  }
  return {
    siteUrl: url.href.replace(/\/+$/, ''),
    basePath: segments.length === 0 ? '/' : `/${segments.join('/')}/`,
  };
}

/**
 * The one line a build for the web prints when SITE_URL is unset (a build
 * made only to be viewed on this machine, `npm start`'s, does not ask):
 * every page, feed and the sitemap would name the default local address.
 */
export function missingSiteUrlWarning(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  if (env.SITE_URL?.trim()) return undefined;
  return (
    `WARNING: SITE_URL is not set, so canonical links, feeds, the sitemap and JSON-LD name ${deploymentDefaults.siteUrl} ` +
    `and citations give paths only: set SITE_URL to the archive's public address (e.g. SITE_URL=https://news.example.org npm run build).`
  );
}
