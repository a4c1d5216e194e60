import { describe, expect, it } from "vitest";
import { isPageOutOfRange, pageHref, pageWindow, paginate, parsePositiveInt } from "./pagination";

describe("parsePositiveInt", () => {
  it("accepts positive integers only", () => {
    expect(parsePositiveInt("3")).toBe(3);
    for (const bad of [null, undefined, "", "0", "-1", "2.5", "abc", "1e3", "9999999"]) {
      expect(parsePositiveInt(bad)).toBe(1);
    }
  });
});

describe("paginate", () => {
  it("computes offset and neighbours", () => {
    expect(paginate(30, 2, 12)).toEqual({
      page: 2,
      pageSize: 12,
      pageCount: 3,
      offset: 12,
      hasPrevious: true,
      hasNext: true,
    });
  });

  it("clamps to the last page and treats an empty list as one page", () => {
    expect(paginate(30, 9, 12).page).toBe(3);
    expect(paginate(0, 1, 12)).toMatchObject({ page: 1, pageCount: 1, hasNext: false });
    expect(isPageOutOfRange(30, 4, 12)).toBe(true);
    expect(isPageOutOfRange(0, 1, 12)).toBe(false);
  });
});

describe("pageHref", () => {
  it("keeps other query parameters and drops page=1", () => {
    const url = new URL("http://localhost/categories/coffee-beans?sort=price-asc&page=2");
    expect(pageHref(url, 3)).toBe("/categories/coffee-beans?sort=price-asc&page=3");
    expect(pageHref(url, 1)).toBe("/categories/coffee-beans?sort=price-asc");
  });
});

describe("pageWindow", () => {
  it("shows first, last and neighbours with gaps", () => {
    expect(pageWindow(6, 12)).toEqual([1, "gap", 5, 6, 7, "gap", 12]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 1)).toEqual([1]);
  });

  it("shows a single skipped page instead of a gap", () => {
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
