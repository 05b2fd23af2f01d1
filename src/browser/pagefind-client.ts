import { shardYears, undatedShard, type SearchShardRef } from '../lib/search-shards.ts';

export type { SearchShardRef };

/** The part of Pagefind's browser API the search page uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's text as indexed, and where in it (counting words split at spaces) the search matched. */
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  /** Pagefind's ranking score: across merged indexes, results are ordered by it. */
  score: number;
  data(): Promise<PagefindResultData>;
}

/** Stories per value, by filter name. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
  results: PagefindResult[];
  /** Counts within these results. */
  filters: PagefindFilterCounts;
}

/** A search of the shards: its results, and the same results in groups that each came from one shard. */
export interface ShardedSearch extends PagefindSearch {
  groups: PagefindResult[][];
}

export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** Pagefind's module: the first shard loaded is its primary index, the others merged in (`mergeIndex`). */
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  /** Starts loading the runtime and the primary index's metadata. */
  init(): Promise<void>;
  /** Adds another index (another shard's bundle) to every search from now on. */
  mergeIndex(basePath: string, options?: Record<string, unknown>): Promise<void>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  /** A null term browses by the filters alone. */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch>;
  /** Every filter value with its count over every index loaded. */
  filters(): Promise<PagefindFilterCounts>;
}

/** The index, in shards loaded as searches need them. */
export interface Pagefind {
  /** True once the shard's index is part of every search. */
  isLoaded(shard: SearchShardRef): boolean;
  /**
   * Loads every shard of `shards` not loaded yet (Pagefind's `mergeIndex`),
   * calling `loading` first when any needs loading. Once a shard has failed
   * to load, this and every search reject with a ShardLoadError naming it:
   * Pagefind cannot search again until the page is loaded again.
   */
  load(shards: readonly SearchShardRef[], loading?: (missing: readonly SearchShardRef[]) => void): Promise<void>;
  /** Searches `scope` (shards, newest first), loading them first. A null term browses by the filters alone. */
  search(term: string | null, options: PagefindSearchOptions, scope: readonly SearchShardRef[]): Promise<ShardedSearch>;
  /** Waits `ms` (fetching the term's index meanwhile) and searches `scope`, unless another call came first: then null. */
  debouncedSearch(
    term: string,
    options: PagefindSearchOptions,
    scope: readonly SearchShardRef[],
    ms: number,
  ): Promise<ShardedSearch | null>;
  /** Every filter value with its count over the shards loaded. */
  filters(): Promise<PagefindFilterCounts>;
}

/** Adds up counts per filter value, as Pagefind does across merged indexes. */
export function sumFilterCounts(counts: readonly PagefindFilterCounts[]): PagefindFilterCounts {
  const sum: PagefindFilterCounts = {};
  for (const byFilter of counts) {
    for (const [name, values] of Object.entries(byFilter)) {
      const total = (sum[name] ??= {});
      for (const [value, count] of Object.entries(values)) total[value] = (total[value] ?? 0) + count;
    }
  }
  return sum;
}

/** What the searches of a scope depend on beyond it. */
export interface ShardsAnswering {
  /** How many shards are loaded or loading: every one of them answers every search. */
  readonly loaded: number;
  /** The shard that holds the archive's undated stories (the oldest), when it has any, and every year the archive's shards cover. */
  readonly undated?: { readonly shard: SearchShardRef; readonly years: readonly string[] };
}

/**
 * The searches a search of `scope` (shards, newest first) takes. Once more
 * than one shard answers, it is one search per shard, each held to its
 * shard's years on top of the reader's own filters, so that every search's
 * results come from one shard: a date order reads them in the order of the
 * sort (across merged indexes Pagefind ranks a result by its place in its own
 * index's order, which would interleave shards), and relevance merges them by
 * score, as Pagefind merges its indexes' results. Undated stories have no
 * date to sort by, and Pagefind leaves them out of a sorted search: when the
 * scope holds their shard, one more search, by relevance, finds those that
 * match, at the old end of a date order.
 */
export function shardSearches(
  scope: readonly SearchShardRef[],
  options: PagefindSearchOptions,
  answering: ShardsAnswering,
): PagefindSearchOptions[] {
  if (answering.loaded < 2) return [options];
  const direction = options.sort ? Object.values(options.sort)[0] : undefined;
  const reader = options.filters ?? {};
  const heldTo = (years: readonly number[]) => ({ all: [reader, { year: { any: years.map(String) } }] });
  const dated = scope.map((shard) => ({ ...options, filters: heldTo(shardYears(shard)) }));
  const { undated } = answering;
  const inOrder = direction === 'asc' ? dated.reverse() : dated;
  if (!undated || !scope.includes(undated.shard)) return inOrder;
  const { sort: _sort, ...unsorted } = options;
  const withoutDate = { ...unsorted, filters: { all: [reader, { not: { year: { any: [...undated.years] } } }] } };
  return direction === 'asc' ? [withoutDate, ...inOrder] : [...inOrder, withoutDate];
}

/**
 * Ranking for an index in several shards. Pagefind searches a word that an
 * index lacks as its longest prefix that the index has (a word in one shard
 * is "neer" in the others), and each shard ranks by its own statistics, so a
 * shard's stand-in matches could outrank another shard's real ones. Weighing
 * how close a matched word is to the searched one (Pagefind's default is 1)
 * puts real matches first, and the word check (search-word-check.ts) drops
 * the stand-ins of each shard that lacks a word.
 */
const ACROSS_SHARDS = { termSimilarity: 10 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A shard's index that did not load (a network error, a missing file). */
export class ShardLoadError extends Error {
  readonly shard: SearchShardRef;
  constructor(shard: SearchShardRef, cause: unknown) {
    super(`the search index of ${shard.id} did not load`, { cause });
    this.shard = shard;
  }
}

/** An archive with no stories has no index to load, and nothing to find. */
const NO_INDEX: Pagefind = {
  isLoaded: () => true,
  load: async () => {},
  search: async () => ({ results: [], groups: [], filters: {} }),
  debouncedSearch: async () => ({ results: [], groups: [], filters: {} }),
  filters: async () => ({}),
};

/**
 * The index that `npm run build` wrote to /pagefind/<shard>/ (`shards`
 * given newest first), loading a shard only when a search first needs it:
 * the first shard loaded is Pagefind's primary index, each later one is
 * merged in as it arrives. Starts loading `first` at once, so that a first
 * search fetches only its words' part of the index. Resolves to null when
 * the index is missing (a dev server before the first build), so the page
 * can say so instead of failing.
 */
export async function loadPagefind(
  base: string,
  shards: readonly SearchShardRef[],
  { first = shards[0], hasUndated = false }: { first?: SearchShardRef; hasUndated?: boolean } = {},
): Promise<Pagefind | null> {
  if (!first) return NO_INDEX;
  const bundle = (id: string) => `${base}pagefind/${id}/`;
  const options = { baseUrl: base, excerptLength: 30, ...(shards.length > 1 ? { ranking: ACROSS_SHARDS } : {}) };
  let pagefind: PagefindModule;
  try {
    pagefind = (await import(/* @vite-ignore */ `${bundle(first.id)}pagefind.js`)) as PagefindModule;
    await pagefind.options({ ...options, basePath: bundle(first.id) });
    // Pagefind loads its WebAssembly and the index's metadata on its first
    // search unless told to start now.
    await pagefind.init();
  } catch {
    return null;
  }
  const oldest = undatedShard(shards);
  const undated = hasUndated && oldest ? { shard: oldest, years: shards.flatMap(shardYears).map(String) } : undefined;
  const loading = new Map<string, Promise<void>>([[first.id, Promise.resolve()]]);
  const loaded = new Set<string>([first.id]);
  // Pagefind keeps an index that failed to merge among those it searches, and every search then fails.
  let failed: ShardLoadError | undefined;
  const load = async (wanted: readonly SearchShardRef[], onLoading?: (missing: readonly SearchShardRef[]) => void) => {
    if (failed) throw failed;
    const missing = wanted.filter((shard) => !loading.has(shard.id));
    if (missing.length > 0) onLoading?.(missing);
    for (const shard of missing) {
      const merged = pagefind.mergeIndex(bundle(shard.id), options).then(
        () => void loaded.add(shard.id),
        (error: unknown) => {
          failed ??= new ShardLoadError(shard, error);
          throw failed;
        },
      );
      loading.set(shard.id, merged);
    }
    await Promise.all(wanted.map((shard) => loading.get(shard.id)));
    if (failed) throw failed;
  };

  const search = async (
    term: string | null,
    given: PagefindSearchOptions,
    scope: readonly SearchShardRef[],
  ): Promise<ShardedSearch> => {
    if (scope.length === 0) return { results: [], groups: [], filters: {} };
    await load(scope);
    const searches = await Promise.all(
      shardSearches(scope, given, { loaded: loading.size, ...(undated ? { undated } : {}) }).map((o) =>
        pagefind.search(term, o),
      ),
    );
    const groups = searches.map((s) => s.results);
    const results = groups.flat();
    return {
      results: given.sort ? results : results.sort((a, b) => b.score - a.score),
      groups,
      filters: sumFilterCounts(searches.map((s) => s.filters)),
    };
  };
  let latest = 0;
  return {
    isLoaded: (shard) => loaded.has(shard.id),
    load,
    search,
    async debouncedSearch(term, given, scope, ms) {
      const id = ++latest;
      if (scope.every((shard) => loaded.has(shard.id))) void pagefind.preload(term, given);
      await sleep(ms);
      if (id !== latest) return null;
      const found = await search(term, given, scope);
      return id === latest ? found : null;
    },
    filters: () => pagefind.filters(),
  };
}
