/**
 * Same-site redirect targets. A `returnTo` / `next` value comes from the request, so it may point
 * anywhere; only a path on this site may be redirected to (no open redirects).
 */

/** Longer values are refused rather than parsed (a real page path is far shorter). */
const MAX_PATH_LENGTH = 1024;

/** Any origin works: a path that keeps it after parsing stays on the requesting site. */
const LOCAL_ORIGIN = "http://local.invalid";

/**
 * `raw` as a path on this site (`/products/x?y=1#z`, normalised by URL parsing), or `fallback`
 * for anything that could leave the site or is not a path: non-strings, values not starting with
 * "/", protocol-relative `//host`, any backslash (`/\host` is `//host` to browsers), control
 * characters (`/\t/host`: URL parsing drops them), and values over 1024 characters.
 */
export function safeLocalPath(raw: unknown, fallback = "/"): string {
  if (typeof raw !== "string" || raw.length > MAX_PATH_LENGTH) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(raw)) return fallback;
  try {
    const url = new URL(raw, LOCAL_ORIGIN);
    if (url.origin !== LOCAL_ORIGIN) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
