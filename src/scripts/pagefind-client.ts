import { shardYears, type SearchShardRef } from '../lib/search-shards.ts';

export type { SearchShardRef };

/** The part of Pagefind's browser API the search page uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** Stories per value, by filter name. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
  results: PagefindResult[];
  /** Counts within these results. */
  filters: PagefindFilterCounts;
}

export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** Pagefind's module: its first shard's index, with the others merged in (`mergeIndex`). */
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  /** Starts loading the runtime and the first index's metadata. */
  init(): Promise<void>;
  /** Adds another index (another shard's bundle) to every search. */
  mergeIndex(basePath: string, options?: Record<string, unknown>): Promise<void>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  /** A null term browses by the filters alone. */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch>;
  /** Every filter value with its count over every index. */
  filters(): Promise<PagefindFilterCounts>;
}

/** Every shard's index, searched as one. */
export interface Pagefind {
  /** A null term browses by the filters alone. */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch>;
  /** Waits `ms` (fetching the term's index meanwhile) and searches, unless another call came first: then null. */
  debouncedSearch(term: string, options: PagefindSearchOptions | undefined, ms: number): Promise<PagefindSearch | null>;
  /** Every filter value with its count over every shard. */
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

/**
 * The searches a date order takes over several shards: one per shard, in
 * the order of the sort (shards are given newest first and hold disjoint
 * ranges of years), each held to its shard's years on top of the reader's
 * own filters. Needed because, across merged indexes, Pagefind ranks a
 * result by its place in its own index's order, which interleaves shards;
 * relevance merges correctly as it is, in one search.
 */
export function dateOrderSearches(
  newestFirst: readonly SearchShardRef[],
  options: PagefindSearchOptions,
): PagefindSearchOptions[] {
  const direction = options.sort ? Object.values(options.sort)[0] : undefined;
  if (!direction || newestFirst.length < 2) return [options];
  const inOrder = direction === 'asc' ? [...newestFirst].reverse() : newestFirst;
  return inOrder.map((shard) => {
    const years = shardYears(shard).map(String);
    return { ...options, filters: { all: [options.filters ?? {}, { year: { any: years } }] } };
  });
}

/**
 * Ranking for an index in several shards. Pagefind searches a word that an
 * index lacks as its longest prefix that the index has (a word in one shard
 * is "neer" in the others), and each shard ranks by its own statistics, so a
 * shard's stand-in matches could outrank another shard's real ones. Weighing
 * how close a matched word is to the searched one (Pagefind's default is 1)
 * puts real matches first; the stand-ins still count among the results.
 */
const ACROSS_SHARDS = { termSimilarity: 10 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Loads every shard of the index that `npm run build` wrote to
 * /pagefind/<shard>/ (shards given newest first) and searches them as one.
 * Resolves to null when the index is missing (a dev server before the
 * first build), so the page can say so instead of failing.
 */
export async function loadPagefind(base: string, shards: readonly SearchShardRef[]): Promise<Pagefind | null> {
  const [first, ...others] = shards;
  // An archive with no stories has no index to load, and nothing to find.
  if (!first) {
    const nothing = async (): Promise<PagefindSearch> => ({ results: [], filters: {} });
    return { search: nothing, debouncedSearch: nothing, filters: async () => ({}) };
  }
  try {
    const bundle = (id: string) => `${base}pagefind/${id}/`;
    const pagefind = (await import(/* @vite-ignore */ `${bundle(first.id)}pagefind.js`)) as PagefindModule;
    const options = { baseUrl: base, excerptLength: 30, ...(others.length > 0 ? { ranking: ACROSS_SHARDS } : {}) };
    await pagefind.options({ ...options, basePath: bundle(first.id) });
    // Pagefind loads its WebAssembly and the index's metadata on its first
    // search unless told to start now: the first search then only fetches
    // the searched word's part of the index.
    await pagefind.init();
    await Promise.all(others.map((shard) => pagefind.mergeIndex(bundle(shard.id), options)));

    const search = async (term: string | null, given: PagefindSearchOptions = {}): Promise<PagefindSearch> => {
      const searches = await Promise.all(dateOrderSearches(shards, given).map((o) => pagefind.search(term, o)));
      return {
        results: searches.flatMap((s) => s.results),
        filters: sumFilterCounts(searches.map((s) => s.filters)),
      };
    };
    let latest = 0;
    return {
      search,
      async debouncedSearch(term, given, ms) {
        const id = ++latest;
        void pagefind.preload(term, given);
        await sleep(ms);
        if (id !== latest) return null;
        const found = await search(term, given);
        return id === latest ? found : null;
      },
      filters: () => pagefind.filters(),
    };
  } catch {
    return null;
  }
}
