import { copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSearchShard } from './index-search-shard.ts';
import { readShardPlan, shardsToIndex } from './search-shard-plan.ts';
import { serveSearchIndex } from './serve-search-index.ts';

/**
 * Builds the Pagefind search index over the finished site, so that
 * `astro build` produces pages and index in one go: one index per shard of
 * the plan the site lists (src/lib/search-shards.ts), or only the shard
 * SEARCH_SHARD names. Reconciliation (registered after this) fails the build
 * if a story page is missing from the index. Under the dev server, search
 * uses the last build's index (see serve-search-index.ts).
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
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const shards = shardsToIndex(await readShardPlan(site));
        for (const shard of shards) {
          const pages = await indexSearchShard(site, shard);
          logger.info(`Indexed ${pages} pages for search in shard ${shard.id}.`);
        }
        // Story pages load the highlighter from one place; it is the same in every shard's bundle.
        if (shards.length > 0) {
          await copyFile(
            join(site, 'pagefind', shards[0]!.id, 'pagefind-highlight.js'),
            join(site, 'pagefind', 'pagefind-highlight.js'),
          );
        }
      },
    },
  };
}
