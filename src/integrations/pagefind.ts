import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { serveSearchIndex } from './serve-search-index.ts';

/**
 * Search under the dev server: serves the last build's index (see
 * serve-search-index.ts). A build writes the index after `astro build` has
 * exited (src/build/index-and-reconcile.ts), so that Astro's memory and
 * Pagefind's are never held at once.
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
        if (!existsSync(join(indexDir, 'pagefind-highlight.js'))) {
          logger.warn(`No search index in ${indexDir} yet: search works after \`npm run build\`.`);
        } else {
          logger.info(`Search uses the last build's index in ${indexDir}; rebuild to index new stories.`);
        }
      },
    },
  };
}
