import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resolveContentDir } from '../content-location.ts';
import { readShardPlan, shardsToIndex } from './search-shard-plan.ts';
import { reconcileSite } from './reconcile-site.ts';

/**
 * Fails the build unless every article is accounted for, from source to
 * search record (see lib/reconcile.ts), listing everything missing or extra;
 * prints the counts either way. Registered after the Pagefind integration,
 * whose index it reads. A build that indexes one shard (SEARCH_SHARD) is
 * held to that shard's search records.
 */
export default function reconcileIntegration(): AstroIntegration {
  let basePath = '/';
  return {
    name: 'news-archive:reconcile',
    hooks: {
      'astro:config:done': ({ config }) => {
        basePath = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const plan = await readShardPlan(outDir);
        const indexed = shardsToIndex(plan);
        const counts = await reconcileSite(
          outDir,
          basePath,
          resolveContentDir(),
          indexed.length < plan.length ? indexed : undefined,
        );
        logger.info(`Reconciled: ${counts}`);
      },
    },
  };
}
