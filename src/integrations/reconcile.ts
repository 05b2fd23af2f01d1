import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resolveContentDir } from '../content-location.ts';
import { describeCounts, reconcile } from '../lib/reconcile.ts';
import { readEntryAccounts, readRefusals, readSearchRecords, readSources, readStoryPages } from './reconcile-inputs.ts';

/**
 * Fails the build unless every article is accounted for, from source to
 * search record (see lib/reconcile.ts), listing everything missing or extra;
 * prints the counts either way. Registered after the Pagefind integration,
 * whose index it reads.
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
        const contentDir = resolveContentDir();
        const [sources, entries, refused, storyPages, searchRecords] = await Promise.all([
          readSources(contentDir),
          readEntryAccounts(contentDir),
          readRefusals(contentDir),
          readStoryPages(outDir),
          readSearchRecords(outDir, basePath),
        ]);
        const result = reconcile({ sources, entries, refusals: refused.refusals, storyPages, searchRecords });
        const problems = [...refused.problems, ...result.problems];
        if (problems.length > 0) {
          throw new Error(
            `The archive does not reconcile (${describeCounts(result)}):\n${problems.map((p) => `  ${p}`).join('\n')}`,
          );
        }
        logger.info(`Reconciled: ${describeCounts(result)}`);
      },
    },
  };
}
