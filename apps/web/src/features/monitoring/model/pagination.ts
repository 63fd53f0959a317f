/** Rows of a list of people per page: names are opened for the page shown only. */
export const PEOPLE_PAGE_SIZE = 50;

/** One page of a list: its rows, the page number (clamped to what exists) and the page count. */
export interface Page<T> {
  readonly rows: readonly T[];
  /** 0-based. */
  readonly page: number;
  readonly pages: number;
  /** 1-based numbers of the first and last row shown (0 and 0 for an empty list). */
  readonly first: number;
  readonly last: number;
  readonly total: number;
}

/** The page `page` (0-based) of `items`; a page past the end shows the last one. */
export const pageOf = <T>(items: readonly T[], page: number, size = PEOPLE_PAGE_SIZE): Page<T> => {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const rows = items.slice(current * size, (current + 1) * size);
  return {
    rows,
    page: current,
    pages,
    first: rows.length === 0 ? 0 : current * size + 1,
    last: current * size + rows.length,
    total: items.length,
  };
};
