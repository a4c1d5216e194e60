/**
 * Catalog search state shared by both sites: the /search URL (the one source of truth, so a
 * results page is shareable, the back button works and the page works without JavaScript), the
 * backend query it becomes (`GET /store/search`), and the facet links of a result.
 *
 * URL parameters: `q`, `category` (repeatable), `option[origin|roast|size]` (repeatable),
 * `price_min`, `price_max`, `in_stock=1`, `sort`, `page`. Unknown or invalid values are dropped,
 * never an error: a hand-edited URL still shows results.
 */
import { parsePositiveInt } from "./pagination";

export const SEARCH_SORTS = {
  relevance: "Best match",
  price_asc: "Price: low to high",
  price_desc: "Price: high to low",
  title: "Name (A–Z)",
  newest: "Newest",
} as const;
export type SearchSort = keyof typeof SEARCH_SORTS;

/** The catalog's own options offered as facets, in display order, with their labels. */
export const SEARCH_OPTIONS = { origin: "Origin", roast: "Roast", size: "Size" } as const;
export type SearchOption = keyof typeof SEARCH_OPTIONS;
const OPTION_NAMES = Object.keys(SEARCH_OPTIONS) as SearchOption[];

export interface SearchState {
  q: string;
  category: string[];
  options: Partial<Record<SearchOption, string[]>>;
  priceMin?: number;
  priceMax?: number;
  inStock: boolean;
  sort: SearchSort;
  page: number;
}

export const EMPTY_SEARCH: SearchState = {
  q: "",
  category: [],
  options: {},
  inStock: false,
  sort: "relevance",
  page: 1,
};

const MAX_VALUES = 20;

function values(params: URLSearchParams, name: string): string[] {
  const seen = new Set<string>();
  for (const raw of params.getAll(name)) {
    const value = raw.trim().slice(0, 100);
    if (value) seen.add(value);
  }
  return [...seen].slice(0, MAX_VALUES);
}

function amount(raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,7}(\.\d{1,2})?$/.test(raw.trim())) return undefined;
  return Number(raw.trim());
}

export function isSearchSort(value: unknown): value is SearchSort {
  return typeof value === "string" && Object.hasOwn(SEARCH_SORTS, value);
}

/** The search a /search URL describes. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const options: SearchState["options"] = {};
  for (const name of OPTION_NAMES) {
    const list = values(params, `option[${name}]`);
    if (list.length) options[name] = list;
  }
  let priceMin = amount(params.get("price_min"));
  let priceMax = amount(params.get("price_max"));
  if (priceMin !== undefined && priceMax !== undefined && priceMin > priceMax)
    [priceMin, priceMax] = [priceMax, priceMin];
  const sort = params.get("sort");
  return {
    q: (params.get("q") ?? "").trim().slice(0, 200),
    category: values(params, "category"),
    options,
    ...(priceMin !== undefined ? { priceMin } : {}),
    ...(priceMax !== undefined ? { priceMax } : {}),
    inStock: ["1", "true", "on"].includes(params.get("in_stock") ?? ""),
    sort: isSearchSort(sort) ? sort : "relevance",
    page: parsePositiveInt(params.get("page")),
  };
}

/** The canonical query string of a search (defaults left out, stable order). */
export function searchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const category of state.category) params.append("category", category);
  for (const name of OPTION_NAMES)
    for (const value of state.options[name] ?? []) params.append(`option[${name}]`, value);
  if (state.priceMin !== undefined) params.set("price_min", String(state.priceMin));
  if (state.priceMax !== undefined) params.set("price_max", String(state.priceMax));
  if (state.inStock) params.set("in_stock", "1");
  if (state.sort !== "relevance") params.set("sort", state.sort);
  if (state.page > 1) params.set("page", String(state.page));
  return params;
}

export function searchHref(state: SearchState, path = "/search"): string {
  const query = searchParams(state).toString();
  return query ? `${path}?${query}` : path;
}

/** A changed search starts again at page 1. */
export function withChanges(state: SearchState, changes: Partial<SearchState>): SearchState {
  return { ...state, page: 1, ...changes };
}

function toggled(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export interface SearchContext {
  regionId: string;
  /** Country for tax amounts; required when `priceBasis` is "gross". */
  countryCode?: string;
  /** "gross": the site shows tax-inclusive prices, so price filters and buckets are tax-inclusive. */
  priceBasis: "gross" | "net";
  limit: number;
}

/** Query parameters of `GET /store/search` for this search (arrays repeat the parameter). */
export function backendSearchQuery(state: SearchState, context: SearchContext): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {
    region_id: context.regionId,
    price_basis: context.priceBasis,
    limit: String(context.limit),
    page: String(state.page),
  };
  if (context.countryCode) query.country_code = context.countryCode;
  if (state.q) query.q = state.q;
  if (state.category.length) query.category = state.category;
  for (const name of OPTION_NAMES) if (state.options[name]?.length) query[`option[${name}]`] = state.options[name]!;
  if (state.priceMin !== undefined) query.price_min = String(state.priceMin);
  if (state.priceMax !== undefined) query.price_max = String(state.priceMax);
  if (state.inStock) query.in_stock = "true";
  if (state.sort !== "relevance") query.sort = state.sort;
  return query;
}

// ---------------------------------------------------------------------------------------------
// The backend's answer and the facet links built from it
// ---------------------------------------------------------------------------------------------

export interface SearchFacetValue {
  value: string;
  count: number;
  label?: string;
}

export interface SearchVariantHit {
  id: string;
  title: string | null;
  sku: string | null;
  calculated_price: import("./prices").CalculatedPriceLike | null;
}

export interface SearchHit {
  id: string;
  handle: string;
  title: string;
  thumbnail: string | null;
  matched_sku: string | null;
  variants: SearchVariantHit[];
}

export interface SearchResponse {
  currency_code: string;
  hits: SearchHit[];
  total: number;
  page: number;
  limit: number;
  pages: number;
  facets: {
    category: SearchFacetValue[];
    price: { key: string; from: number | null; to: number | null; count: number }[];
    availability: SearchFacetValue[];
    options: Record<SearchOption, SearchFacetValue[]>;
  };
  typo: { corrected: boolean; did_you_mean: string | null };
  empty: null | { popular_categories: { handle: string; name: string; count: number }[]; suggestions: string[] };
}

export interface SuggestResponse {
  q: string;
  products: { handle: string; title: string; thumbnail: string | null; sku: string | null }[];
  categories: { handle: string; name: string; count: number }[];
}

export interface FacetLink {
  label: string;
  count: number;
  selected: boolean;
  /** The same search with this value toggled (page 1). */
  href: string;
}

export interface FacetGroup {
  id: string;
  label: string;
  links: FacetLink[];
}

export interface FacetOptions {
  path?: string;
  /** Formats a price bucket's bounds in the site's currency, e.g. "€15 – €30". */
  priceLabel: (from: number | null, to: number | null) => string;
}

/**
 * Facet groups to render as links: values with results, plus any selected value (so it can be
 * unselected even when it has no results left). Groups with nothing to offer are left out.
 */
export function facetGroups(
  response: SearchResponse,
  state: SearchState,
  { path = "/search", priceLabel }: FacetOptions,
): FacetGroup[] {
  const href = (next: SearchState) => searchHref(next, path);
  const groups: FacetGroup[] = [];
  const valueLinks = (
    facet: SearchFacetValue[],
    selected: readonly string[],
    change: (list: string[]) => Partial<SearchState>,
  ) => {
    const links = facet
      .filter((f) => f.count > 0 || selected.includes(f.value))
      .map((f) => ({
        label: f.label ?? f.value,
        count: f.count,
        selected: selected.includes(f.value),
        href: href(withChanges(state, change(toggled(selected, f.value)))),
      }));
    for (const value of selected) {
      if (!facet.some((f) => f.value === value)) {
        links.push({
          label: value,
          count: 0,
          selected: true,
          href: href(withChanges(state, change(toggled(selected, value)))),
        });
      }
    }
    return links;
  };

  groups.push({
    id: "category",
    label: "Category",
    links: valueLinks(response.facets.category, state.category, (category) => ({ category })),
  });
  for (const name of OPTION_NAMES) {
    const selected = state.options[name] ?? [];
    groups.push({
      id: `option-${name}`,
      label: SEARCH_OPTIONS[name],
      links: valueLinks(response.facets.options[name] ?? [], selected, (list) => ({
        options: { ...state.options, [name]: list },
      })),
    });
  }
  groups.push({
    id: "price",
    label: "Price",
    links: response.facets.price
      .map((bucket) => {
        const priceMin = bucket.from ?? undefined;
        const priceMax = bucket.to === null ? undefined : Math.round((bucket.to - 0.01) * 100) / 100;
        const selected = state.priceMin === priceMin && state.priceMax === priceMax;
        return {
          label: priceLabel(bucket.from, bucket.to),
          count: bucket.count,
          selected,
          href: href(
            withChanges(state, selected ? { priceMin: undefined, priceMax: undefined } : { priceMin, priceMax }),
          ),
        };
      })
      .filter((link) => link.count > 0 || link.selected),
  });
  const inStock = response.facets.availability.find((f) => f.value === "true")?.count ?? 0;
  groups.push({
    id: "availability",
    label: "Availability",
    links:
      inStock > 0 || state.inStock
        ? [
            {
              label: "In stock",
              count: inStock,
              selected: state.inStock,
              href: href(withChanges(state, { inStock: !state.inStock })),
            },
          ]
        : [],
  });
  return groups.filter((group) => group.links.length > 0);
}

/** Whether any filter (not the query, sort or page) is set. */
export function hasFilters(state: SearchState): boolean {
  return (
    state.category.length > 0 ||
    Object.values(state.options).some((list) => (list?.length ?? 0) > 0) ||
    state.priceMin !== undefined ||
    state.priceMax !== undefined ||
    state.inStock
  );
}

/** Hidden inputs that carry the rest of the search through a GET form (e.g. the sort form). */
export function hiddenSearchFields(
  state: SearchState,
  except: readonly string[] = ["sort", "page"],
): [string, string][] {
  return [...searchParams(state).entries()].filter(([name]) => !except.includes(name));
}
