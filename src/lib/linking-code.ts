import { createHash } from 'node:crypto';

/**
 * The source of the modules that work out the archive's links, of the
 * archive's settings and of the package lock, as this build bundled them:
 * archive-links.ts and every module it imports, how the stories are read
 * and ordered (story.ts, stories.ts and theirs) and archive-index.ts, which
 * calls it.
 * tests/unit/linking-code.test.ts checks that the patterns cover those
 * imports, so a module imported later cannot be left out.
 */
const SOURCES: Record<string, string> = import.meta.glob(
  [
    './archive-links.ts',
    './people/*.ts',
    './quotes/*.ts',
    './related-stories.ts',
    './search-shards.ts',
    './site-sections.ts',
    './story.ts',
    './taxonomy.ts',
    './threads/*.ts',
    '../content-loader/archive-index.ts',
    '../content-loader/catalogue.ts',
    '../content-loader/stories.ts',
    '../entry/*.ts',
    '../files/*.ts',
    // How a body's paragraphs are recorded when it is rendered (the catalogue holds what it recorded).
    '../markdown/rehype-body-facts.ts',
    // The version of every package, as the page cache of Astro takes them in.
    '../../package-lock.json',
  ],
  { query: '?raw', import: 'default', eager: true },
);

/**
 * A digest of the code that works out the archive's links (archive-links.ts
 * and what it calls, archive-index.ts that calls it, and the settings they
 * read), so that links kept in the build cache are never read back by code
 * that would link stories differently, while a change elsewhere (a page, a
 * feed) leaves them be.
 */
export function linkingCodeDigest(): string {
  const hash = createHash('sha256');
  for (const [file, source] of Object.entries(SOURCES).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    hash.update(`${file}:${source.length}:`).update(source);
  return hash.digest('hex');
}
