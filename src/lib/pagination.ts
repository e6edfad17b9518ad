/** One page of a paginated list. */
export interface ListPage<T> {
  /** 1-based page number. */
  number: number;
  /** Number of pages in the whole list; at least 1, even for an empty list. */
  count: number;
  items: T[];
}

/**
 * Splits a list into pages of `pageSize` items, in order. An empty list still has one (empty) page, so a
 * section with nothing in it has a page that says so.
 */
export function paginate<T>(items: readonly T[], pageSize: number): ListPage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`page size must be a whole number ≥ 1`);
  const count = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * pageSize, (index + 1) * pageSize),
  }));
}

/**
 * The path of page `number` of a list whose first page is at `firstPagePath`: page 1 is the list itself,
 * page n is `<first>page/<n>/`. `getListPagePath('/news/topics/ai/', 3)` is `/news/topics/ai/page/3/`.
 */
export function getListPagePath(firstPagePath: string, number: number): string {
  const first = firstPagePath.endsWith('/') ? firstPagePath : `${firstPagePath}/`;
  return number <= 1 ? first : `${first}page/${number}/`;
}

/** The rest parameter of a list page's route: undefined for page 1 (the list's own address), `page/n` else. */
export function getPageParam(number: number): string | undefined {
  return number <= 1 ? undefined : `page/${number}`;
}
