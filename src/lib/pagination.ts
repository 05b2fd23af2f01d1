/**
 * Long lists are split into pages with stable URLs: page 1 is the list's own
 * path (/topics/grief/), later pages add page/N/ (/topics/grief/page/2/).
 * The newest stories are on page 1, so an old story's page number grows as
 * the archive does; its date archive is the stable way to reach it.
 */

export interface ListPage<T> {
  /** 1-based. */
  readonly number: number;
  /** How many pages the list has (at least 1, even when empty). */
  readonly count: number;
  readonly items: readonly T[];
  /** Site path of this page. */
  readonly path: string;
  /** Site path of the list's first page; `pagePath(listPath, n)` is page `n`'s. */
  readonly listPath: string;
  /** Position of the first item on this page in the whole list, 1-based (0 when empty). */
  readonly first: number;
  readonly total: number;
}

export function pagePath(listPath: string, n: number): string {
  return n === 1 ? listPath : `${listPath}page/${n}/`;
}

/** The rest parameter a route uses for page `n`: undefined for page 1, "page/2" after. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : `page/${n}`;
}

export function paginate<T>(items: readonly T[], listPath: string, pageSize: number): ListPage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new Error(`page size must be a positive integer, not ${pageSize}`);
  const count = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: count }, (_, index) => {
    const start = index * pageSize;
    return {
      number: index + 1,
      count,
      items: items.slice(start, start + pageSize),
      path: pagePath(listPath, index + 1),
      listPath,
      first: items.length === 0 ? 0 : start + 1,
      total: items.length,
    };
  });
}
