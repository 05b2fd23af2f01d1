import { createHash } from 'node:crypto';
import { shardsToIndex } from './search-shard-plan.ts';
import { shardOfYear, undatedShard, type SearchShard } from '../lib/search-shards.ts';

/**
 * A build split across jobs (docs/deploying.md, "beyond one machine") gives each job
 * one search shard's id in SEARCH_SHARD, and each job renders a part of the
 * pages, so that every page with getStaticPaths is rendered by exactly one
 * job: the pages under a year (its stories and its date archive) by the job
 * of that year's shard, the undated stories' pages by the job of the oldest
 * shard (which indexes them; search-shards.ts undatedShard), every other
 * page (lists, terms, threads, sources, topic feeds) by the job a hash of
 * its params picks. Pages without
 * getStaticPaths (404, search, archive, thread index, the archive's feeds,
 * robots.txt) are rendered by every job alike, from the whole archive, and
 * the merge checks that they are the same. Without SEARCH_SHARD a build is
 * the one part, and renders every page.
 */

type Params = Readonly<Record<string, string | undefined>>;

/** The shard whose job renders the page with these params. */
export function partOfPage(params: Params, plan: readonly SearchShard[]): SearchShard {
  const year = params['year'] === undefined ? undefined : Number(params['year']);
  const byYear = year === undefined ? undefined : shardOfYear(plan, year);
  if (byYear) return byYear;
  const named = Object.keys(params)
    .sort()
    .map((key) => [key, params[key] ?? null]);
  const digest = createHash('sha256').update(JSON.stringify(named)).digest();
  return plan[digest.readUInt32BE(0) % plan.length]!;
}

/**
 * The paths of a getStaticPaths that this build renders: those of its part
 * when SEARCH_SHARD names one of `plan`'s shards (the archive index's
 * `searchShards`; throws when it names none), else all of them. A path
 * marked `undated` (an undated story's page) is the oldest shard's.
 */
export function pathsOfThisPart<Path extends { params: Params; undated?: boolean }>(
  paths: readonly Path[],
  plan: readonly SearchShard[],
  env: NodeJS.ProcessEnv = process.env,
): Path[] {
  const shards = shardsToIndex(plan, env);
  if (shards.length === plan.length) return [...paths];
  const [part] = shards;
  return paths.filter((path) => (path.undated ? undatedShard(plan) : partOfPage(path.params, plan)) === part);
}
