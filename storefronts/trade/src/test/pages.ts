import { App } from "astro/app";
import type { TradeMembership } from "../features/session/trade-account";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { withoutDevMarkers } from "./render";

/**
 * What the page tests (`src/test/pages/*.test.ts`) share: rendering a page to a full response
 * through Astro's container, the form post a browser sends, and reading one element of the markup.
 * Each test file still mocks its own backend and says which locals (who is signed in) it renders with.
 */

type Page = Parameters<AstroContainer["renderToResponse"]>[0];

export type PageRequest = RequestInit & {
  /** The route's params, e.g. { id: "quo_1" } for pages/quotes/[id].astro. */
  params?: Record<string, string>;
  /** The request's Cookie header, e.g. the cart cookie. */
  cookie?: string;
  /** The locals the site's middleware would set; default: the renderer's. */
  locals?: App.Locals;
};

export type RenderedPage = {
  status: number;
  location: string | null;
  /** The markup a browser gets (without the dev-only source and scoped-style markers). */
  html: string;
  /** The Set-Cookie headers of the response. */
  cookies: string[];
};

/**
 * A `render(page, url, request?)` over one container, created on first use. `locals` are the
 * default locals of every request; `routes` are pages the rendered pages rewrite to (e.g. "/404").
 */
export function pageRenderer(options: { locals: () => App.Locals; routes?: Record<string, Page> }) {
  let container: Promise<AstroContainer> | undefined;
  const ready = async () => {
    const created = await AstroContainer.create();
    for (const [path, page] of Object.entries(options.routes ?? {})) created.insertPageRoute(path, page);
    return created;
  };
  return async function render(page: Page, url: string, init: PageRequest = {}): Promise<RenderedPage> {
    container ??= ready();
    const headers = new Headers(init.headers);
    if (init.cookie) headers.set("cookie", init.cookie);
    const response = await (await container).renderToResponse(page, {
      request: new Request(url, { ...init, headers }),
      locals: init.locals ?? options.locals(),
      params: init.params,
      partial: false,
    });
    return {
      status: response.status,
      location: response.headers.get("location"),
      html: withoutDevMarkers(await response.text()),
      cookies: [...App.getSetCookieFromResponse(response)],
    };
  };
}

/** The request of a submitted HTML form (url-encoded fields, in order). */
export const formPost = (fields: Array<[string, string]> | Record<string, string>): RequestInit => ({
  method: "POST",
  body: new URLSearchParams(fields),
  headers: { "content-type": "application/x-www-form-urlencoded" },
});

/** A fragment of `html`: the element that opens with `<tag ...attribute="value"...>`, to its close. */
export function element(html: string, tag: string, attribute: string, value: string): string {
  const start = html.search(new RegExp(`<${tag}\\b[^>]*\\s${attribute}="${value}"`));
  if (start < 0) return "";
  const end = html.indexOf(`</${tag}>`, start);
  return html.slice(start, end + tag.length + 3);
}

/**
 * A signed-in trade buyer in the Europe region, as the trade middleware sets the locals;
 * `companies`: their memberships, the one they act for first (none by default).
 */
export function tradeBuyerLocals(
  buyer: { email: string; displayName: string },
  companies: TradeMembership[] = [],
): App.Locals {
  return {
    buyer: {
      id: "cus_1",
      ...buyer,
      groups: ["Trade"],
      companies,
      activeCompany: companies.find((company) => company.active) ?? null,
    },
    sessionToken: "a.b.c",
    region: { id: "reg_eu", name: "Europe", currencyCode: "eur", countryCode: "de", locale: "en-IE" },
    countries: [{ code: "de", name: "Germany", regionId: "reg_eu", regionName: "Europe", currencyCode: "eur" }],
  };
}
