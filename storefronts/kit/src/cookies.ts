/**
 * Site cookies. Both sites run on localhost and cookies are not isolated by port, so every name
 * carries the site: `hc_<site>_<kind>` (hc_consumer_cart, hc_trade_session, ...).
 * Every cookie is httpOnly, sameSite=lax, path=/, and secure when the request came over https.
 * A value that does not look like what we wrote (a tampered or stale cookie) reads as absent.
 */

export type Site = "consumer" | "trade";
export type CookieKind = "cart" | "region" | "session";

/** The options we set every cookie with (shape accepted by Astro's `cookies.set`). */
export interface SafeCookieOptions {
  httpOnly: true;
  sameSite: "lax";
  path: "/";
  secure: boolean;
  maxAge?: number;
}

/** The part of Astro's `AstroCookies` these helpers use (also easy to fake in tests). */
export interface CookieJar {
  get(name: string): { value: string } | undefined;
  set(name: string, value: string, options: SafeCookieOptions): void;
  delete(name: string, options: Pick<SafeCookieOptions, "path" | "secure" | "httpOnly" | "sameSite">): void;
}

const DAY = 24 * 60 * 60;

/** Lifetime and accepted value shape per kind. */
export const COOKIE_KINDS: Record<CookieKind, { maxAge: number; valid: (value: string) => boolean }> = {
  // Medusa cart ids: "cart_" + ULID.
  cart: { maxAge: 30 * DAY, valid: (v) => /^cart_[A-Za-z0-9]{10,64}$/.test(v) },
  // ISO 3166-1 alpha-2 country code, lower case (what Medusa uses).
  region: { maxAge: 365 * DAY, valid: (v) => /^[a-z]{2}$/.test(v) },
  // A JWT: three base64url segments.
  session: {
    maxAge: 7 * DAY,
    valid: (v) => /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(v) && v.length < 4096,
  },
};

export function cookieName(site: Site, kind: CookieKind): string {
  return `hc_${site}_${kind}`;
}

/** httpOnly, sameSite=lax, path=/, secure only for https requests. */
export function safeCookieOptions(requestUrl: URL, maxAge?: number): SafeCookieOptions {
  return {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: requestUrl.protocol === "https:",
    ...(maxAge !== undefined ? { maxAge } : {}),
  };
}

export interface SiteCookie {
  readonly name: string;
  /** The stored value, or undefined when absent or malformed. */
  get(): string | undefined;
  /** Store a value; throws TypeError if it is not of the kind's shape (we never write junk). */
  set(value: string): void;
  clear(): void;
}

/**
 * Typed access to one site's cookies for one request, e.g.
 * `siteCookies("consumer", Astro.cookies, Astro.url).cart.get()`.
 */
export function siteCookies(site: Site, jar: CookieJar, requestUrl: URL): Record<CookieKind, SiteCookie> {
  const make = (kind: CookieKind): SiteCookie => {
    const name = cookieName(site, kind);
    const { maxAge, valid } = COOKIE_KINDS[kind];
    return {
      name,
      get() {
        const value = jar.get(name)?.value;
        return value && valid(value) ? value : undefined;
      },
      set(value: string) {
        if (!valid(value)) throw new TypeError(`Refusing to store a malformed ${kind} cookie`);
        jar.set(name, value, safeCookieOptions(requestUrl, maxAge));
      },
      clear() {
        const { httpOnly, sameSite, path, secure } = safeCookieOptions(requestUrl);
        jar.delete(name, { httpOnly, sameSite, path, secure });
      },
    };
  };
  return { cart: make("cart"), region: make("region"), session: make("session") };
}
