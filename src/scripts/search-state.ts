/**
 * What the search page shows, as it is kept in the address: the words, the
 * filter values ticked and the order. Pure: parsing and serialising only, so
 * a search can be shared, reloaded and walked back through as a link.
 */

/** The filters search offers, in the order the page lists them. */
export const FILTER_NAMES = ['year', 'month', 'publication', 'topic', 'person'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  /** The words typed, trimmed; "" browses by filters alone. */
  readonly q: string;
  /** Values ticked for each filter; several values of one filter mean any of them. */
  readonly filters: Readonly<Record<FilterName, readonly string[]>>;
  /** The order asked for; undefined takes the default (see `effectiveSort`). */
  readonly sort?: Sort;
}

export const EMPTY_STATE: SearchState = {
  q: '',
  filters: { year: [], month: [], publication: [], topic: [], person: [] },
};

const isSort = (value: string | null): value is Sort => (SORTS as readonly string[]).includes(value ?? '');

/** Reads `?q=…&year=2020&year=2021&sort=newest`; unknown parameters and sorts are ignored. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = Object.fromEntries(
    FILTER_NAMES.map((name) => [
      name,
      [
        ...new Set(
          params
            .getAll(name)
            .map((v) => v.trim())
            .filter(Boolean),
        ),
      ],
    ]),
  ) as Record<FilterName, string[]>;
  const sort = params.get('sort');
  return { q: params.get('q')?.trim() ?? '', filters, ...(isSort(sort) ? { sort } : {}) };
}

/** The query string for a state (without "?"), "" for the empty search; parameters in a fixed order. */
export function serialiseSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) for (const value of state.filters[name]) params.append(name, value);
  if (state.sort) params.set('sort', state.sort);
  return params.toString();
}

/** Words are sorted by relevance unless asked otherwise; browsing with no words, newest first. */
export function effectiveSort(state: SearchState): Sort {
  return state.sort ?? (state.q ? 'relevance' : 'newest');
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_NAMES.some((name) => state.filters[name].length > 0);
}

/** The same search with no filter ticked. */
export function withoutFilters(state: SearchState): SearchState {
  return { ...state, filters: EMPTY_STATE.filters };
}

/** The state with one value of one filter ticked or unticked; unticking the last year also clears months. */
export function toggleFilter(state: SearchState, name: FilterName, value: string, on: boolean): SearchState {
  const current = state.filters[name].filter((v) => v !== value);
  const filters = { ...state.filters, [name]: on ? [...current, value] : current };
  if (name === 'year')
    filters.month = filters.month.filter((month) => filters.year.some((y) => month.startsWith(`${y}-`)));
  return { ...state, filters };
}

export type PagefindFilters = Partial<Record<FilterName, { any: string[] }>>;

/** Pagefind's `filters` option: values of one filter combine with `any` (OR), filters with each other as AND. */
export function pagefindFilters(state: SearchState, except?: FilterName): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const name of FILTER_NAMES) {
    if (name !== except && state.filters[name].length > 0) filters[name] = { any: [...state.filters[name]] };
  }
  return filters;
}

/** Pagefind's `sort` option for the state's order; relevance is Pagefind's own order. */
export function pagefindSort(state: SearchState): { date: 'asc' | 'desc' } | undefined {
  const sort = effectiveSort(state);
  return sort === 'relevance' ? undefined : { date: sort === 'newest' ? 'desc' : 'asc' };
}
