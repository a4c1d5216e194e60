/**
 * A site's customer session: the customer's Medusa JWT in the httpOnly cookie `hc_<site>_session`
 * (named and shaped by `siteCookies`), so page scripts never see it. The cookie lives exactly as
 * long as the token it holds (capped). Both sites keep their sessions this way.
 */
import { COOKIE_KINDS, cookieName, safeCookieOptions, siteCookies, type CookieJar, type Site } from "./cookies";

/** Used when the token carries no readable expiry (Medusa's default JWT lifetime is one day). */
export const DEFAULT_SESSION_SECONDS = 24 * 60 * 60;
/** Upper bound whatever the token claims (the kit's lifetime for session cookies). */
export const MAX_SESSION_SECONDS = COOKIE_KINDS.session.maxAge;

/** True for a string shaped like a JWT (three base64url segments), within a sane length. */
export function looksLikeJwt(value: string | undefined | null): value is string {
  return typeof value === "string" && COOKIE_KINDS.session.valid(value);
}

function decodeBase64Url(segment: string): string {
  const base64 = segment.replace(/-/g, "+").replace(/_/g, "/");
  return atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), "="));
}

/**
 * The `exp` claim (seconds since the epoch) read WITHOUT verifying the signature: only used to
 * size the cookie and to skip a backend round-trip for a token that has certainly expired. The
 * backend verifies the token on every request.
 */
export function jwtExpiry(token: string): number | undefined {
  if (!looksLikeJwt(token)) return undefined;
  try {
    const payload = JSON.parse(decodeBase64Url(token.split(".")[1]!)) as { exp?: unknown };
    return typeof payload.exp === "number" && Number.isFinite(payload.exp) ? payload.exp : undefined;
  } catch {
    return undefined;
  }
}

export function isExpired(token: string, nowMs: number = Date.now()): boolean {
  const exp = jwtExpiry(token);
  return exp !== undefined && exp * 1000 <= nowMs;
}

/** Cookie lifetime in seconds: until the token expires, capped; the default when unknown. */
export function sessionMaxAge(token: string, nowMs: number = Date.now()): number {
  const exp = jwtExpiry(token);
  if (exp === undefined) return DEFAULT_SESSION_SECONDS;
  return Math.max(0, Math.min(Math.floor(exp - nowMs / 1000), MAX_SESSION_SECONDS));
}

/** The session cookie of one site: read, write (sized to the token), clear. */
export function sessionCookie(site: Site) {
  const name = cookieName(site, "session");
  return {
    name,
    /** The token from the request's cookie, or undefined when absent or malformed. */
    read(cookies: CookieJar, url: URL): string | undefined {
      return siteCookies(site, cookies, url).session.get();
    },
    /** True when the request carried a session cookie at all (valid or not), so it can be cleared. */
    present(cookies: CookieJar): boolean {
      return cookies.get(name) !== undefined;
    },
    write(cookies: CookieJar, url: URL, token: string, nowMs: number = Date.now()): void {
      if (!looksLikeJwt(token)) throw new TypeError("Refusing to store a malformed session token");
      cookies.set(name, token, safeCookieOptions(url, sessionMaxAge(token, nowMs)));
    },
    clear(cookies: CookieJar, url: URL): void {
      siteCookies(site, cookies, url).session.clear();
    },
  };
}
