import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/** Astro's record of the last build's pages and their cache keys, in the cache folder (astro/dist/core/build/incremental.js). */
export const INCREMENTAL_MANIFEST = 'incremental-build.json';
/** Present while a build runs: found at the start of a build, it means the last one did not finish. */
const UNFINISHED = 'incremental-build.unfinished';

/**
 * Keeps Astro's incremental build (`experimental.incrementalBuild`) from
 * copying a page that a failed build left behind. Astro overwrites a page's
 * copy in the cache folder as it renders it, but writes the manifest of
 * cache keys only once every page has rendered; after a build that failed
 * or was killed part-way, the manifest still holds the keys of the build
 * before, next to some copies made since, and a page whose data went back to
 * what it was would be copied from the wrong build. So a build marks the
 * cache folder when it starts and clears the mark when its pages are done;
 * a build that finds the mark deletes the manifest first, and renders every page.
 */
export default function incrementalCacheIntegration(): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'news-archive:incremental-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:start': ({ logger }) => {
        if (!cacheDir) return;
        mkdirSync(cacheDir, { recursive: true });
        const unfinished = new URL(UNFINISHED, cacheDir);
        if (existsSync(unfinished)) {
          rmSync(new URL(INCREMENTAL_MANIFEST, cacheDir), { force: true });
          logger.info('The last build did not finish: every page is rendered again.');
        }
        writeFileSync(unfinished, '');
      },
      'astro:build:done': () => {
        if (cacheDir) rmSync(new URL(UNFINISHED, cacheDir), { force: true });
      },
    },
  };
}
