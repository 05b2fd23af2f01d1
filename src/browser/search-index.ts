import { loadPagefind, type Pagefind, type SearchShardRef } from './pagefind-client.ts';
import { searchScope, type SearchScope } from './search-scope.ts';
import type { SearchState } from './search-state.ts';

/**
 * The search page's index: Pagefind over the archive's shards, each loaded
 * when a search first needs it, the first as the page opens (the first the
 * address's search reads), and the filters' index loaded on demand.
 */
export interface LoadedIndex {
  readonly pagefind: Pagefind;
  /** The archive's first and last year, where a date range with an open end stops. */
  readonly years: readonly string[];
  /** The shards a search of this state reads (search-scope.ts). */
  scope(s: SearchState): SearchScope;
  /**
   * Loads every filter's index for the shards loaded (hundreds of KB in a
   * large archive), so only open filters ask; from then on, searches count
   * every filter too, until another shard is loaded.
   */
  loadFilterIndex(): Promise<void>;
  /** True while every loaded shard's filter index is loaded: a search then counts every filter. */
  countsEverything(): boolean;
}

/** The index, or null when there is none. */
export async function loadIndex(
  base: string,
  years: readonly string[],
  shards: readonly SearchShardRef[],
  first: SearchState,
  hasUndated: boolean,
): Promise<LoadedIndex | null> {
  const scope = (pagefind: Pick<Pagefind, 'isLoaded'> | null, s: SearchState) =>
    searchScope(shards, s, years, (shard) => pagefind?.isLoaded(shard) ?? false);
  const pagefind = await loadPagefind(base, shards, { first: scope(null, first).shards[0], hasUndated });
  if (!pagefind) return null;
  const loadedCount = () => shards.filter((shard) => pagefind.isLoaded(shard)).length;
  let filterIndex: Promise<unknown> | undefined;
  let filterIndexFor = 0;
  let counting = 0;
  return {
    pagefind,
    years,
    scope: (s) => scope(pagefind, s),
    loadFilterIndex: async () => {
      if (filterIndexFor !== loadedCount()) {
        filterIndexFor = loadedCount();
        const shardsNow = filterIndexFor;
        filterIndex = pagefind.filters().then(() => (counting = shardsNow));
      }
      await filterIndex;
    },
    countsEverything: () => counting === loadedCount(),
  };
}
