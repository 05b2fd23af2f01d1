import { createHash } from 'node:crypto';

/**
 * The source of every module of src/lib and of the archive's settings, as
 * this build bundled them. Vite leaves out the module that asks, so this
 * one holds nothing else.
 */
const SOURCES: Record<string, string> = import.meta.glob(['./**/*.ts', '../config.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * A digest of the code that works out the archive's links (archive-links.ts
 * and what it calls, archive-index.ts that calls it, and the settings they
 * read), so that links kept in the build cache are never read back by code
 * that would link stories differently. It takes in all of src/lib rather
 * than a list of modules that could fall behind the imports.
 */
export function linkingCodeDigest(): string {
  const hash = createHash('sha256');
  for (const [file, source] of Object.entries(SOURCES).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    hash.update(`${file}:${source.length}:`).update(source);
  return hash.digest('hex');
}
