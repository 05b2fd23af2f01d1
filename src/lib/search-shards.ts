/**
 * How the search index is split: into shards of whole years, each its own
 * Pagefind index in `pagefind/<id>/`, searched together in the browser.
 * Pagefind holds a whole index in memory while writing it, in proportion to
 * its stories, so an archive larger than one shard is indexed shard by shard, on
 * one machine in turn or on several at once (see docs/deploying.md, "beyond one
 * machine"). Plain data and functions: read by the site, the indexer and
 * the scripts alike, so every one of them draws the same plan.
 */

export interface SearchShard {
  /** The folder under pagefind/: "1990-2009", or "2024" for a single year. */
  readonly id: string;
  readonly firstYear: number;
  readonly lastYear: number;
  /** Stories in the shard when it was planned. */
  readonly stories: number;
}

/**
 * Stories per shard unless SEARCH_SHARD_STORIES says otherwise: chosen so
 * that Pagefind's memory for one shard leaves room within the 8 GB target for
 * the rest of the build (BENCHMARKS.md, "The search index in shards"). An archive this size or smaller has one shard.
 */
export const DEFAULT_SHARD_STORIES = 12_000;

/** The largest shard to plan, from SEARCH_SHARD_STORIES (a whole number above 0) or the default. */
export function shardStoriesLimit(env: Readonly<Record<string, string | undefined>>): number {
  return storiesSetting(env, 'SEARCH_SHARD_STORIES', DEFAULT_SHARD_STORIES);
}

/** A number of stories from the variable `name` (a whole number above 0), or `fallback` when it is unset or empty. */
export function storiesSetting(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  fallback: number,
): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`${name}: "${value}" is not a whole number of stories above 0`);
  return Number(value);
}

/**
 * Groups whole years, oldest first, into shards of at most `limit` stories
 * (a single year with more stories than that is a shard of its own: a story's
 * year decides its shard, so no year is split). Oldest first, so that an
 * archive growing at its newest end only ever changes its newest shard, and
 * older shards keep their ids and their index. Returned newest first, the
 * order search reads them in.
 */
export function planSearchShards(storiesByYear: ReadonlyMap<number, number>, limit: number): SearchShard[] {
  const years = [...storiesByYear].filter(([, count]) => count > 0).sort(([a], [b]) => a - b);
  const shards: SearchShard[] = [];
  let open: { firstYear: number; lastYear: number; stories: number } | undefined;
  const close = () => {
    if (!open) return;
    const { firstYear, lastYear, stories } = open;
    shards.push({
      id: firstYear === lastYear ? `${firstYear}` : `${firstYear}-${lastYear}`,
      firstYear,
      lastYear,
      stories,
    });
    open = undefined;
  };
  for (const [year, count] of years) {
    if (open && open.stories + count > limit) close();
    if (open) open = { ...open, lastYear: year, stories: open.stories + count };
    else open = { firstYear: year, lastYear: year, stories: count };
  }
  close();
  return shards.reverse();
}

/**
 * The year of a dated story URL path (`/YYYY/…/slug/`, at any precision):
 * the year its shard is chosen by. For code that has only a path (built
 * files, the ingest's entry accounts); a story keeps its year as data
 * (story.ts `period`).
 */
export function yearOfStoryPath(path: string): number {
  const year = Number(/^\/?(\d{4})\//.exec(path)?.[1]);
  if (!Number.isInteger(year)) throw new Error(`${path}: not a story path (/YYYY/…/slug/)`);
  return year;
}

/** True for an undated story's path (`/undated/slug/`; see story-path.ts), which has no year. */
export function isUndatedPath(path: string): boolean {
  return /^\/?undated\//.test(path);
}

/**
 * The shard that holds the undated stories (their pages, in a split build,
 * and their search records): the oldest, whose id stays the same as the
 * archive grows at its newest end, so adding a dated story never moves
 * them. Undefined when the plan is empty.
 */
export function undatedShard<S extends SearchShardRef>(plan: readonly S[]): S | undefined {
  return plan.at(-1);
}

/** Stories per year, given each dated story's year. */
export function countByYear(years: Iterable<number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  return counts;
}

/**
 * Stories per year, counted from story URL paths, for code that has only
 * paths; undated stories have no year and are not counted.
 */
export function countStoriesByYear(storyPaths: Iterable<string>): Map<number, number> {
  return countByYear([...storyPaths].filter((path) => !isUndatedPath(path)).map(yearOfStoryPath));
}

/** A shard as the search page knows it: its folder and its years. */
export type SearchShardRef = Pick<SearchShard, 'id' | 'firstYear' | 'lastYear'>;

/** A span of whole years, both ends included. */
export type YearRange = Pick<SearchShard, 'firstYear' | 'lastYear'>;

/**
 * The years of the shard SEARCH_SHARD names (one job of a split build),
 * read from its id ("1990-2009", "2024"); undefined without SEARCH_SHARD.
 * Whether the archive has that shard is checked once its plan is known
 * (search-shard-plan.ts shardsToIndex).
 */
export function searchShardYears(env: Readonly<Record<string, string | undefined>>): YearRange | undefined {
  const id = env.SEARCH_SHARD;
  if (id === undefined || id === '') return undefined;
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(id);
  if (!match) throw new Error(`SEARCH_SHARD: "${id}" is not a shard id (YYYY or YYYY-YYYY; see npm run search-shards)`);
  return { firstYear: Number(match[1]), lastYear: Number(match[2] ?? match[1]) };
}

/** The shard a story of this year is in, if any. */
export function shardOfYear<S extends SearchShardRef>(shards: readonly S[], year: number): S | undefined {
  return shards.find((shard) => shard.firstYear <= year && year <= shard.lastYear);
}

/** The years a shard covers, oldest first. */
export function shardYears(shard: SearchShardRef): number[] {
  return Array.from({ length: shard.lastYear - shard.firstYear + 1 }, (_, i) => shard.firstYear + i);
}

/** Where the site lists its shards for the indexer (and for CI jobs): `search/shards.json`. */
export const SEARCH_SHARDS_FILE = 'search/shards.json';
