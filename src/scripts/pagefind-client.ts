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

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  /** Starts loading the index's runtime and metadata, without waiting for them. */
  init(): Promise<void>;
  /** A null term browses by the filters alone. */
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch>;
  debouncedSearch(term: string, options?: Record<string, unknown>, ms?: number): Promise<PagefindSearch | null>;
  /** Every filter value with its count over the whole index. */
  filters(): Promise<PagefindFilterCounts>;
}

/**
 * Loads the index that `npm run build` wrote to /pagefind/. Resolves to null
 * when there is none (a dev server before the first build), so the page can
 * say so instead of failing.
 */
export async function loadPagefind(base: string): Promise<Pagefind | null> {
  const url = `${base}pagefind/pagefind.js`;
  try {
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 30 });
    // Pagefind loads its WebAssembly and the index's metadata on its first
    // search unless told to start now: the first search then only fetches
    // the searched word's part of the index.
    await pagefind.init();
    return pagefind;
  } catch {
    return null;
  }
}
