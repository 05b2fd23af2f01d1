import { copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { shardYears, type SearchShard } from '../lib/search-shards.ts';
import { storyPageFilesGlob } from '../lib/story-path.ts';
import { readShardPlan, shardsToIndex } from './search-shard-plan.ts';
import { serveSearchIndex } from './serve-search-index.ts';

/**
 * Writes one shard's Pagefind index to pagefind/<id>/: the story pages of its
 * years (only they carry data-pagefind-body; reading just them spares
 * Pagefind the list pages). Each shard gets a Pagefind process of its own,
 * closed before the next starts, so memory holds one shard at a time.
 */
async function indexShard(site: string, shard: SearchShard): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: site, glob: storyPageFilesGlob(shardYears(shard)) });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind', shard.id) });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    return added.page_count;
  } catch (cause) {
    throw new Error(`Building the search index of shard ${shard.id} failed`, { cause });
  } finally {
    await pagefind.close();
  }
}

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
          const pages = await indexShard(site, shard);
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
