import { dateRangeFilter, isIsoDate, type DateRange, type DateRangeFilter } from './date-range.ts';

/**
 * What the search page shows, as it is kept in the address: the words, the
 * filter values ticked, the date range and the order. Pure: parsing and serialising only, so
 * a search can be shared, reloaded and walked back through as a link.
 */

/** The filters search offers, in the order the page lists them. */
export const FILTER_NAMES = ['year', 'month', 'publication', 'topic', 'person', 'thread'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  /** The words typed, trimmed; "" browses by filters alone. */
  readonly q: string;
  /** Values ticked for each filter; several values of one filter mean any of them. */
  readonly filters: Readonly<Record<FilterName, readonly string[]>>;
  /** Published from, to (both included); either end may be open. */
  readonly range: DateRange;
  /** The order asked for; undefined takes the default (see `effectiveSort`). */
  readonly sort?: Sort;
}

export const EMPTY_STATE: SearchState = {
  q: '',
  filters: { year: [], month: [], publication: [], topic: [], person: [], thread: [] },
  range: {},
};

const isSort = (value: string | null): value is Sort => (SORTS as readonly string[]).includes(value ?? '');

/** A `from` or `to` parameter, when it is a real date. */
function dateParam(params: URLSearchParams, name: 'from' | 'to'): { [key in typeof name]?: string } {
  const value = params.get(name)?.trim() ?? '';
  return isIsoDate(value) ? { [name]: value } : {};
}

/** Reads `?q=…&year=2020&year=2021&from=2020-03-01&sort=newest`; unknown parameters, sorts and dates are ignored. */
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
  const range = { ...dateParam(params, 'from'), ...dateParam(params, 'to') };
  return { q: params.get('q')?.trim() ?? '', filters, range, ...(isSort(sort) ? { sort } : {}) };
}

/** The query string for a state (without "?"), "" for the empty search; parameters in a fixed order. */
export function serialiseSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) for (const value of state.filters[name]) params.append(name, value);
  if (state.range.from) params.set('from', state.range.from);
  if (state.range.to) params.set('to', state.range.to);
  if (state.sort) params.set('sort', state.sort);
  return params.toString();
}

/**
 * Newest first unless asked otherwise, words or none: a news archive is read
 * from its latest stories, and a search in date order reads the index's
 * newest shard first (search-scope.ts), where relevance must read them all.
 */
export function effectiveSort(state: SearchState): Sort {
  return state.sort ?? 'newest';
}

/** True when any filter value is ticked or the date range has an end. */
export function hasFilters(state: SearchState): boolean {
  return FILTER_NAMES.some((name) => state.filters[name].length > 0) || hasDateRange(state);
}

export function hasDateRange(state: SearchState): boolean {
  return Boolean(state.range.from || state.range.to);
}

/** The same search with no filter ticked and no date range. */
export function withoutFilters(state: SearchState): SearchState {
  return { ...state, filters: EMPTY_STATE.filters, range: EMPTY_STATE.range };
}

/** The state with a new date range, the ends as given (dateRangeFilter reads ends the wrong way round the right way). */
export function withDateRange(state: SearchState, { from, to }: DateRange): SearchState {
  return { ...state, range: { ...(from ? { from } : {}), ...(to ? { to } : {}) } };
}

/** The state with one value of one filter ticked or unticked; unticking the last year also clears months. */
export function toggleFilter(state: SearchState, name: FilterName, value: string, on: boolean): SearchState {
  const current = state.filters[name].filter((v) => v !== value);
  const filters = { ...state.filters, [name]: on ? [...current, value] : current };
  if (name === 'year')
    filters.month = filters.month.filter((month) => filters.year.some((y) => month.startsWith(`${y}-`)));
  return { ...state, filters };
}

export type PagefindFilters = Partial<Record<FilterName, { any: string[] }>> & Partial<DateRangeFilter>;

/**
 * Pagefind's `filters` option: values of one filter combine with `any` (OR),
 * filters with each other and with the date range as AND. `years` are the
 * archive's years, where a range with an open end stops.
 */
export function pagefindFilters(state: SearchState, years: readonly string[], except?: FilterName): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const name of FILTER_NAMES) {
    if (name !== except && state.filters[name].length > 0) filters[name] = { any: [...state.filters[name]] };
  }
  const range = dateRangeFilter(state.range, years);
  return range ? { ...filters, ...range } : filters;
}

/** Pagefind's `sort` option for the state's order; relevance is Pagefind's own order. */
export function pagefindSort(state: SearchState): { date: 'asc' | 'desc' } | undefined {
  const sort = effectiveSort(state);
  return sort === 'relevance' ? undefined : { date: sort === 'newest' ? 'desc' : 'asc' };
}
