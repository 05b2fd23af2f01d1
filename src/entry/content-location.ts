import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The archive's content folder: `articles/` (the entries) and `sources/` (the raw files, as received). */
export const DEFAULT_CONTENT_DIR = 'content';

/**
 * The content folder this build reads: content/ in the project, or the
 * folder named by CONTENT_DIR (a test archive, a benchmark corpus, one
 * shard of a large archive). Plain TypeScript, read by astro.config.ts and
 * the content collection; throws naming the variable when the folder has
 * no articles/ in it, so a mistyped path fails the build at once.
 */
export function resolveContentDir(
  env: Readonly<Record<string, string | undefined>> = process.env,
  root: string = process.cwd(),
): string {
  const configured = env.CONTENT_DIR?.trim();
  const dir = resolve(root, configured || DEFAULT_CONTENT_DIR);
  if (configured && !existsSync(resolve(dir, 'articles'))) {
    throw new Error(`CONTENT_DIR: "${configured}" has no articles/ folder (looked in ${dir})`);
  }
  return dir;
}

/**
 * Astro's cache folder for an archive other than content/, relative to the
 * project: its content-layer data store and the incremental build's copy of
 * its site. One per content folder (by its absolute path), so that building
 * another archive never reuses this one's entries or pages.
 */
export function contentCacheDir(contentDir: string): string {
  return `node_modules/.astro/content-${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}/`;
}

/**
 * The build cache folder of the archive in `contentDir`, relative to the
 * project: Astro's default for content/, one of its own for any other
 * archive. It holds Astro's caches and the last index of each search shard.
 */
export function buildCacheDir(contentDir: string, root: string = process.cwd()): string {
  const isDefault = contentDir === resolveContentDir({ CONTENT_DIR: DEFAULT_CONTENT_DIR }, root);
  return isDefault ? 'node_modules/.astro/' : contentCacheDir(contentDir);
}

/**
 * Astro's own cache folder for this build (astro.config.ts `cacheDir`): the
 * archive's build cache folder, or, for one job of a split build
 * (SEARCH_SHARD), a folder of that job's inside it, so that jobs run in turn
 * on one machine keep each their own entries and pages.
 */
export function astroCacheDir(
  contentDir: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
  root: string = process.cwd(),
): string {
  const job = env.SEARCH_SHARD?.trim();
  return `${buildCacheDir(contentDir, root)}${job ? `jobs/${job}/` : ''}`;
}

/** A file in the archive's build cache folder, as an absolute path. */
export function buildCacheFile(contentDir: string, name: string, root: string = process.cwd()): string {
  return resolve(root, buildCacheDir(contentDir, root), name);
}

/** Where the catalogue of every story is kept (src/content-loader/catalogue.ts), in the build cache folder. */
export function catalogueDir(contentDir: string, root: string = process.cwd()): string {
  return buildCacheFile(contentDir, 'catalogue', root);
}
