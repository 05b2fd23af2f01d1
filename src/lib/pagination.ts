/**
 * Long lists are split into pages that stay put as the list grows at its
 * newest end. Pages are numbered from the oldest end: page/1/ holds the
 * oldest `pageSize` items, page/2/ the next, and so on; only full pages get
 * a number, so a numbered page never changes its items once it exists. The
 * list's own path (/topics/grief/) is its front page and holds every item not
 * on a numbered page. A page is numbered only when at least `pageSize` newer
 * items are left for the front page, so the front page holds `pageSize` to
 * `2 * pageSize - 1` items (all of them in a shorter list), and no item is on
 * two pages.
 *
 * Nothing a numbered page carries depends on the list's length: its number,
 * items and links are those of its place from the oldest end. Its one link
 * that can change is "newer", which goes to the front page until the next
 * page is numbered.
 */

/** Where a page's links go: site paths, each absent where the page has none. */
export interface PageLinks {
  /** The front page, from a numbered page. */
  readonly newest?: string;
  /** The next page towards the front (rel="prev": the front page is the start of the list). */
  readonly newer?: string;
  /** The next page away from the front (rel="next"). */
  readonly older?: string;
  /** page/1/, from a page that is not it and does not link to it as "older". */
  readonly oldest?: string;
}

export interface ListPage<T> {
  /** 0 for the front page, n for page/n/. */
  readonly number: number;
  /** This page's items, in the list's order (newest first when given newest first). */
  readonly items: readonly T[];
  /** Site path of this page. */
  readonly path: string;
  /** Site path of the list's front page. */
  readonly listPath: string;
  readonly links: PageLinks;
}

/** A list's front page, which alone knows how long the list is. */
export interface FrontPage<T> extends ListPage<T> {
  readonly number: 0;
  readonly total: number;
}

export function pagePath(listPath: string, n: number): string {
  return n === 0 ? listPath : `${listPath}page/${n}/`;
}

/** The rest parameter a route uses for page `n`: undefined for the front page, "page/1" for page 1. */
export function pageParam(n: number): string | undefined {
  return n === 0 ? undefined : `page/${n}`;
}

/** How many numbered pages a list of `length` items has. */
export function numberedPageCount(length: number, pageSize: number): number {
  return Math.max(0, Math.floor(length / pageSize) - 1);
}

/**
 * The pages of a list given newest first: its front page, then its
 * numbered pages from page 1 (the oldest) up.
 */
export function paginate<T>(
  newestFirst: readonly T[],
  listPath: string,
  pageSize: number,
): [FrontPage<T>, ...ListPage<T>[]] {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new Error(`page size must be a positive integer, not ${pageSize}`);
  const count = numberedPageCount(newestFirst.length, pageSize);
  const path = (n: number) => pagePath(listPath, n);
  // Page n holds the items n*pageSize-pageSize … n*pageSize-1 from the oldest end.
  const fromOldest = (start: number, end: number) =>
    newestFirst.slice(newestFirst.length - end, newestFirst.length - start);
  const front: FrontPage<T> = {
    number: 0,
    items: fromOldest(count * pageSize, newestFirst.length),
    path: listPath,
    listPath,
    total: newestFirst.length,
    links: {
      ...(count > 0 ? { older: path(count) } : {}),
      ...(count > 1 ? { oldest: path(1) } : {}),
    },
  };
  const numbered = Array.from({ length: count }, (_, index): ListPage<T> => {
    const n = index + 1;
    return {
      number: n,
      items: fromOldest(index * pageSize, n * pageSize),
      path: path(n),
      listPath,
      links: {
        newest: listPath,
        newer: n === count ? listPath : path(n + 1),
        ...(n > 1 ? { older: path(n - 1), oldest: path(1) } : {}),
      },
    };
  });
  return [front, ...numbered];
}
