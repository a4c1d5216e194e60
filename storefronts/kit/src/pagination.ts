/** Pagination math and links, shared by listing pages and the Pagination component. */

/** A positive integer from a query-string value, or `fallback` for anything else ("", "0", "2.5", "abc"). */
export function parsePositiveInt(raw: string | null | undefined, fallback = 1): number {
  if (raw == null || !/^\d{1,6}$/.test(raw.trim())) return fallback;
  const value = Number(raw.trim());
  return value >= 1 ? value : fallback;
}

export interface PageInfo {
  page: number;
  pageSize: number;
  pageCount: number;
  offset: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

/** Clamp `page` into range for `totalCount` items (an empty list has one empty page). */
export function paginate(totalCount: number, requestedPage: number, pageSize: number): PageInfo {
  const pageCount = Math.max(1, Math.ceil(Math.max(0, totalCount) / pageSize));
  const page = Math.min(Math.max(1, Math.floor(requestedPage)), pageCount);
  return { page, pageSize, pageCount, offset: (page - 1) * pageSize, hasPrevious: page > 1, hasNext: page < pageCount };
}

/** True when the requested page lies beyond the last page (the site may answer 404 or redirect). */
export function isPageOutOfRange(totalCount: number, requestedPage: number, pageSize: number): boolean {
  return requestedPage > Math.max(1, Math.ceil(totalCount / pageSize));
}

/**
 * The link to `page` keeping every other query parameter (sort, filters). Page 1 drops the
 * parameter so each listing has one canonical first-page URL.
 */
export function pageHref(current: URL, page: number, param = "page"): string {
  const url = new URL(current);
  if (page <= 1) url.searchParams.delete(param);
  else url.searchParams.set(param, String(page));
  return url.pathname + url.search;
}

/**
 * Which page numbers to show: always the first and last, `radius` pages around the current one,
 * and "gap" where numbers are skipped. E.g. page 6 of 12 -> [1, "gap", 5, 6, 7, "gap", 12].
 */
export function pageWindow(page: number, pageCount: number, radius = 1): Array<number | "gap"> {
  const shown: number[] = [];
  for (let p = 1; p <= pageCount; p++) {
    if (p === 1 || p === pageCount || Math.abs(p - page) <= radius) shown.push(p);
  }
  const pages: Array<number | "gap"> = [];
  for (const p of shown) {
    const previous = pages[pages.length - 1];
    if (typeof previous === "number" && p - previous === 2)
      pages.push(previous + 1); // a gap of one page: show it
    else if (typeof previous === "number" && p - previous > 2) pages.push("gap");
    pages.push(p);
  }
  return pages;
}
