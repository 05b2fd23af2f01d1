/**
 * The build, one entry point (`npm run build`, scripts/build.ts): builds the
 * site into a staging folder next to the output folder with `astro build`,
 * then, once Astro has exited and freed its memory, the search index and the
 * reconciliation (index-and-reconcile.ts); only when all of that succeeds
 * does the new site take the old one's place (publish-site.ts). A failed
 * build leaves the last good site untouched. With SEARCH_SHARD (one job of a
 * split build), it first checks that the catalogue holds the other jobs'
 * stories. Without it, an archive larger than one build should hold is built
 * in parts, one per search shard, and merged (build-in-parts.ts).
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildCacheDir, catalogueDir, resolveContentDir } from '../entry/content-location.ts';
import { searchShardYears } from '../lib/search-shards.ts';
import { buildInParts, partsToBuild } from './build-in-parts.ts';
import { isPartOfBuildInParts } from './search-shard-plan.ts';
import { checkCatalogue } from './check-catalogue.ts';
import { onStop, runNode } from './child-process.ts';
import { indexAndReconcile } from './index-and-reconcile.ts';
import { clearLeftovers, publishStaging, sideFolders } from './publish-site.ts';
import { colourEnv, describeProblem, passOutputOn } from './report.ts';
import { SearchShardCache } from './search-shard-cache.ts';

export interface SiteBuild {
  /** The site's folder, replaced only once the new site is complete. */
  readonly outDir: string;
  /** Arguments for `astro build` (`--force` also indexes every shard afresh). */
  readonly passOn: readonly string[];
  /** Whether a problem's stack trace is shown (`--verbose`). */
  readonly traces: boolean;
  readonly log: (line: string) => void;
  readonly warn: (line: string) => void;
}

const ASTRO = join(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');

/** Builds the site and swaps it in; resolves to the exit status, 0 once the new site serves. */
export async function buildSite({ outDir, passOn, traces, log, warn }: SiteBuild): Promise<number> {
  const { staging } = sideFolders(outDir);
  // Stopped by a signal: the unfinished site goes, the last good one stays.
  onStop(() => rmSync(staging, { recursive: true, force: true }));
  const restored = clearLeftovers(outDir);
  if (restored) log(restored);

  /** Removes the unfinished site, says where the last good one is, and gives back `status`. */
  const fail = (status: number): number => {
    rmSync(staging, { recursive: true, force: true });
    const kept = existsSync(outDir) ? `${outDir} still holds the last good build` : `nothing was written to ${outDir}`;
    warn(`\nBuild failed: ${kept}. Fix the problem above and build again.`);
    return status;
  };

  const contentDir = resolveContentDir();
  const job = searchShardYears(process.env);
  try {
    if (job) {
      // A part of a build in parts builds from the catalogue its build just synced; a CI job's came from other jobs.
      if (!isPartOfBuildInParts()) {
        await checkCatalogue(contentDir, catalogueDir(contentDir), job, String(process.env.SEARCH_SHARD));
      }
    } else {
      const parts = await partsToBuild(contentDir);
      if (parts) return await buildInParts({ ...parts, contentDir, outDir, passOn, log });
    }
  } catch (problem) {
    warn(describeProblem(problem, traces));
    return 1;
  }

  const status = await runNode([ASTRO, 'build', '--outDir', staging, ...passOn], {
    env: colourEnv(),
    output: (child) => passOutputOn(child, traces),
  });
  if (status !== 0) return fail(status);
  try {
    // `--force` builds everything afresh, the search index included.
    const cache = passOn.includes('--force') ? undefined : new SearchShardCache(buildCacheDir(contentDir));
    await indexAndReconcile(staging, log, cache);
  } catch (problem) {
    warn(describeProblem(problem, traces));
    return fail(1);
  }
  publishStaging(outDir, log);
  return 0;
}
