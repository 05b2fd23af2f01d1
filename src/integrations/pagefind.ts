import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { STORY_PAGE_FILES_GLOB } from '../lib/story-path.ts';
import { serveSearchIndex } from './serve-search-index.ts';

/**
 * Builds the Pagefind search index over the finished site, so that
 * `astro build` produces pages and index in one go. Only elements marked
 * `data-pagefind-body` (story articles) are indexed. Under the dev server,
 * search uses the last build's index (see serve-search-index.ts).
 */
export default function pagefindIntegration(): AstroIntegration {
  let indexDir = '';
  let basePath = '/';
  return {
    name: 'news-archive:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        indexDir = join(fileURLToPath(config.outDir), 'pagefind');
        basePath = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(serveSearchIndex(indexDir, basePath));
        if (!existsSync(join(indexDir, 'pagefind.js'))) {
          logger.warn(`No search index in ${indexDir} yet: search works after \`npm run build\`.`);
        } else {
          logger.info(`Search uses the last build's index in ${indexDir}; rebuild to index new stories.`);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(errors.join('\n'));
          // Only story pages carry data-pagefind-body; reading just them spares
          // Pagefind the list pages (more than half the site). Reconciliation
          // fails the build if a story page is missing from the index.
          const added = await index.addDirectory({ path: site, glob: STORY_PAGE_FILES_GLOB });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          logger.info(`Indexed ${added.page_count} pages for search.`);
        } catch (cause) {
          throw new Error('Building the Pagefind search index failed', { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
