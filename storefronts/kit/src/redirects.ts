/**
 * Same-site redirect targets. A `returnTo` / `next` value comes from the request, so it may point
 * anywhere; only a path on this site may be redirected to (no open redirects).
 *
 * The rule, applied to the value AFTER normalisation (checking the raw text first is how
 * `/.//evil.example` got through: parsing removes the `./` and leaves `//evil.example`):
 * 1. the value is a string of at most 1024 characters starting with `/`, without control
 *    characters (browsers silently drop tabs and newlines, so `/\t/evil` would become `//evil`);
 * 2. parsed as a URL against the site's origin (WHATWG parsing, as the browser will do with the
 *    `Location` header: dot segments resolved, backslashes read as slashes), it stays on that origin;
 * 3. the normalised path, and the same path percent-decoded once and twice (a later hop, a proxy
 *    or a framework may decode it), neither starts with two slashes nor contains a backslash, and
 *    still resolves to the site's origin;
 * 4. the same holds for the value's NFKC form (fullwidth `／` and `＼` become `/` and `\`).
 * Anything else is replaced by the fallback. What passes is returned in its normalised form.
 */

/** Longer values are refused rather than parsed (a real page path is far shorter). */
const MAX_PATH_LENGTH = 1024;

/**
 * Any origin works: a path that keeps it after parsing stays on the requesting site. A special
 * scheme (https) so backslashes are parsed the way browsers parse them in a `Location` header.
 */
const SITE = new URL("https://site.invalid");

/** C0 controls, space-less whitespace a parser drops (tab, CR, LF), DEL and the C1 controls. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** How many percent-decoding rounds are checked (a value decoded by two more hops stays safe). */
const DECODE_ROUNDS = 2;

function leavesTheSite(path: string): boolean {
  return /^[/\\]{2}/.test(path) || path.includes("\\") || CONTROL.test(path);
}

/** `path` parsed against the site's origin, or null when it would leave it. */
function parseLocal(path: string): URL | null {
  if (!path.startsWith("/") || leavesTheSite(path)) return null;
  let url: URL;
  try {
    url = new URL(path, SITE);
  } catch {
    return null;
  }
  if (url.origin !== SITE.origin || leavesTheSite(url.pathname)) return null;
  return url;
}

/** The normalised path of `raw`, or null unless it and its decoded forms all stay on this site. */
function normalisedLocalPath(raw: string): string | null {
  const url = parseLocal(raw);
  if (!url) return null;
  let pathname = url.pathname;
  for (let round = 0; round < DECODE_ROUNDS; round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return null; // Malformed %-encoding is no page of ours.
    }
    if (decoded === pathname) break;
    const again = parseLocal(decoded);
    if (!again) return null;
    pathname = again.pathname;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * `raw` as a path on this site (`/products/x?y=1#z`, normalised by URL parsing), or `fallback`
 * for anything that could leave the site or is not a path: non-strings, values not starting with
 * "/", protocol-relative `//host` before or after normalisation (`/.//host`, `/a/..//host`,
 * `/%2e%2e//host`), backslashes (`/\host` is `//host` to browsers), control characters, values
 * that decode to any of these (`/%2f%2fhost`, `/%5chost`, `/%252f%252fhost`), and values over
 * 1024 characters. The one function every redirect to a request-supplied target goes through.
 */
export function safeLocalPath(raw: unknown, fallback = "/"): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_PATH_LENGTH) return fallback;
  const path = normalisedLocalPath(raw);
  if (path === null) return fallback;
  const compatible = raw.normalize("NFKC");
  if (compatible !== raw && normalisedLocalPath(compatible) === null) return fallback;
  return path;
}
