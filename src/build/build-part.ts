import { createHash } from 'node:crypto';
import { pageKeyer, withCacheKeys } from '../lib/cache-key.ts';
import { shardOfYear, undatedShard, type SearchShard } from '../lib/search-shards.ts';
import { PageDigests, pageDigestsFolder } from './part-digests.ts';
import { shardsToIndex } from './search-shard-plan.ts';

/**
 * A build split across jobs (docs/deploying.md, "beyond one machine") gives each job
 * one search shard's id in SEARCH_SHARD, and each job renders a part of the
 * pages, so that every page with getStaticPaths is rendered by exactly one
 * job:
 * - the pages under a year (its stories and its date archive) and the raw
 *   sources of its stories: by the job of that year's shard;
 * - the undated stories' pages and raw sources: by the job of the oldest
 *   shard, which indexes them (search-shards.ts undatedShard);
 * - the numbered pages of a list (`page/N/`, counted from its oldest end, so
 *   a new story seldom changes one): by the job a hash of the params picks;
 * - every other page (a list's front page, a term index, a thread, a topic
 *   feed), which a new story changes: by the job of the newest shard, the
 *   part a new story lands in, so that one new story changes as few parts
 *   as it can (build-in-parts.ts builds only the parts whose pages changed).
 * Pages without getStaticPaths (404, search, archive, thread index, the
 * archive's feeds, robots.txt) are rendered by every job alike, from the
 * whole archive, and the merge checks that they are the same. Without
 * SEARCH_SHARD a build is the one part, and renders every page.
 */

type Params = Readonly<Record<string, string | undefined>>;

/** A page of a getStaticPaths; `shelf` names the year (or the undated stories) whose part renders it, when its params do not. */
export interface PagePath {
  readonly params: Params;
  readonly shelf?: number | 'undated';
}

/** The shard whose job renders the page with these params (and shelf). */
export function partOfPage(params: Params, plan: readonly SearchShard[], shelf?: number | 'undated'): SearchShard {
  if (shelf === 'undated') return undatedShard(plan)!;
  const year = shelf ?? (params['year'] === undefined ? undefined : Number(params['year']));
  const byYear = year === undefined ? undefined : shardOfYear(plan, year);
  if (byYear) return byYear;
  if (params['page'] === undefined) return plan[0]!;
  const named = Object.keys(params)
    .sort()
    .map((key) => [key, params[key] ?? null]);
  const digest = createHash('sha256').update(JSON.stringify(named)).digest();
  return plan[digest.readUInt32BE(0) % plan.length]!;
}

/**
 * The paths of a getStaticPaths that this build renders: those of its part
 * when SEARCH_SHARD names one of `plan`'s shards (the archive index's
 * `searchShards`; throws when it names none), else all of them.
 */
export function pathsOfThisPart<Path extends PagePath>(
  paths: readonly Path[],
  plan: readonly SearchShard[],
  env: NodeJS.ProcessEnv = process.env,
): Path[] {
  const shards = shardsToIndex(plan, env);
  if (shards.length === plan.length) return [...paths];
  const [part] = shards;
  return paths.filter((path) => partOfPage(path.params, plan, path.shelf) === part);
}

export interface RoutePages<Path extends PagePath, Props extends object> {
  /** The route's name, unique among the routes: what its page digests are filed under. */
  readonly route: string;
  /** Every page of the route, in every part. */
  readonly paths: readonly Path[];
  readonly plan: readonly SearchShard[];
  /** A page's props, worked out only for the pages this build renders. */
  readonly propsOf: (path: Path) => Props | Promise<Props>;
  /**
   * What a page of a part this build does not render is known by, when
   * its props would read what this build does not hold: its props with a
   * stand-in for that (a story's body is known by its entry file's digest,
   * part-digests.ts). The props by default.
   */
  readonly standInOf?: (path: Path) => object | Promise<object>;
}

/**
 * A route's getStaticPaths: the pages of this build's part (pathsOfThisPart)
 * with their props and cache keys. In the part that builds first in a build
 * in parts (PAGE_DIGESTS names a folder, build-in-parts.ts), it also files
 * the digest of every other part's pages of the route, so that a part whose
 * pages did not change is not built again.
 */
export async function pagesOfThisPart<Path extends PagePath, Props extends object>(
  { route, paths, plan, propsOf, standInOf = propsOf }: RoutePages<Path, Props>,
  env: NodeJS.ProcessEnv = process.env,
) {
  const ours = pathsOfThisPart(paths, plan, env);
  const pages = await withCacheKeys(
    await Promise.all(ours.map(async (path) => ({ params: path.params, props: await propsOf(path) }))),
  );
  const folder = pageDigestsFolder(env);
  if (folder !== undefined) {
    const own = new Set(ours);
    const digests = new PageDigests(plan.map((shard) => shard.id).filter((id) => id !== env.SEARCH_SHARD));
    const keyOf = await pageKeyer();
    // One page at a time, each stand-in dropped once keyed: the other parts hold most of a large archive's pages.
    for (const path of paths) {
      if (own.has(path)) continue;
      digests.add(partOfPage(path.params, plan, path.shelf).id, path.params, keyOf(path.params, await standInOf(path)));
    }
    digests.write(folder, route);
  }
  return pages;
}
