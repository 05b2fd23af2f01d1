import type { SearchShardRef } from '../lib/search-shards.ts';
import { effectiveSort, type SearchState } from './search-state.ts';

/**
 * Which shards of the index a search reads. Each shard's index costs its
 * metadata to load (about 10 bytes a story), so a search reads only what its
 * answer needs: relevance ranks across everything, so it reads every shard; a
 * search held to some years (a year, a month or a date range) reads the
 * shards that hold those years; any other search runs in date order and
 * reads shards from the start of that order (the newest for newest first),
 * one more each time the reader goes on past them. Pure: no DOM, no Pagefind.
 */

export interface SearchScope {
  /** The shards to search, newest first. */
  readonly shards: readonly SearchShardRef[];
  /** The next shard in the search's date order that it has not read, when it can go on. */
  readonly next?: SearchShardRef;
}

/** The years a state is held to by its year and month filters and its date range, or undefined when it is held to none. `archiveYears`: the archive's first and last year, where an open end stops. */
export function yearsAsked(state: SearchState, archiveYears: readonly string[]): Set<number> | undefined {
  const sets: Set<number>[] = [];
  if (state.filters.year.length > 0) sets.push(new Set(state.filters.year.map(Number)));
  if (state.filters.month.length > 0) sets.push(new Set(state.filters.month.map((month) => Number(month.slice(0, 4)))));
  const { from, to } = state.range;
  if (from || to) {
    const known = archiveYears.map(Number).sort((a, b) => a - b);
    const ends = [from ? Number(from.slice(0, 4)) : known[0], to ? Number(to.slice(0, 4)) : known.at(-1)];
    const [first, last] = ends.includes(undefined) ? [1, 0] : (ends as number[]).sort((a, b) => a - b);
    sets.push(new Set(Array.from({ length: Math.max(0, last! - first! + 1) }, (_, i) => first! + i)));
  }
  const [firstSet, ...others] = sets;
  if (!firstSet) return undefined;
  return new Set([...firstSet].filter((year) => others.every((set) => set.has(year))));
}

/**
 * The shards a search reads (`shards` is the archive's plan, newest first).
 * A search in date order, held to no years, reads the first shard of its
 * order and every shard after it already `loaded` without a gap, and names
 * the next shard it could go on to.
 */
export function searchScope(
  shards: readonly SearchShardRef[],
  state: SearchState,
  archiveYears: readonly string[],
  loaded: (shard: SearchShardRef) => boolean,
): SearchScope {
  if (effectiveSort(state) === 'relevance') return { shards };
  const years = yearsAsked(state, archiveYears);
  if (years) {
    return { shards: shards.filter((shard) => [...years].some((y) => shard.firstYear <= y && y <= shard.lastYear)) };
  }
  const inOrder = effectiveSort(state) === 'newest' ? shards : [...shards].reverse();
  const reach = Math.max(
    1,
    inOrder.findIndex((shard) => !loaded(shard)),
  );
  const read = inOrder.slice(0, inOrder.every(loaded) ? inOrder.length : reach);
  const next = inOrder[read.length];
  return { shards: shards.filter((shard) => read.includes(shard)), ...(next ? { next } : {}) };
}

/** The years a set of shards spans, as a reader reads them: "2019–2021", or "2021". */
export function yearSpan(shards: readonly SearchShardRef[]): string {
  if (shards.length === 0) return '';
  const first = Math.min(...shards.map((shard) => shard.firstYear));
  const last = Math.max(...shards.map((shard) => shard.lastYear));
  return first === last ? `${first}` : `${first}–${last}`;
}
