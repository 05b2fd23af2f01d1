import type { Options } from 'rehype-external-links';

/**
 * Every absolute http(s) link in an entry body leads off the archive: it
 * opens without giving the other site a handle on this page
 * (`noopener`) or telling it where the reader came from (`noreferrer`).
 * Links stay in the same tab; only `rel` is added.
 */
export const externalLinksOptions: Options = {
  rel: ['noopener', 'noreferrer'],
  protocols: ['http', 'https'],
};
