/**
 * The origin a request was really made to, and the same-origin check for form posts, for a site
 * that may run behind a TLS-terminating reverse proxy.
 *
 * Behind such a proxy the Node server sees `http://<host>` although the browser talks
 * `https://trade.example.com`: Astro.url says http, so cookies lose `Secure`, and the browser's
 * `Origin: https://trade.example.com` no longer matches, so Astro's own origin check refuses every
 * form post (403). Astro can trust `X-Forwarded-*` (`security.allowedDomains`), but only with
 * domains fixed at build time; ours are read at run time, so one build runs anywhere:
 *
 * - `TRUSTED_PROXIES` (comma-separated IP addresses or CIDR ranges, or `loopback`): the peers whose
 *   `X-Forwarded-Proto` and `X-Forwarded-Host` (else `Host`) are believed. Unset: none are (the
 *   default; plain http on localhost works as before).
 * - the site's public URL (`TRADE_PUBLIC_URL`, `CONSUMER_PUBLIC_URL`): the forwarded origin is taken
 *   only when it is exactly this origin. A forged `X-Forwarded-Host` can never name another site.
 *
 * When both hold, the middleware makes `context.url` (the same URL object pages see as Astro.url)
 * the public origin: cookies set with `safeCookieOptions(Astro.url)` get `Secure` under https, and
 * redirects and canonical URLs name the public host. Then it applies Astro's origin rule against
 * that origin: a POST/PUT/PATCH/DELETE with a form content type (or none) whose `Origin` is not the
 * site's is refused with 403. The sites therefore set `security.checkOrigin: false` in
 * astro.config.mjs and put this middleware first.
 */
import { BlockList, isIP } from "node:net";
import type { MiddlewareHandler } from "astro";

export interface ProxySettings {
  /** The site's public origin, e.g. "https://trade.example.com" (no path). */
  publicOrigin: string;
  /** Peers whose forwarded headers are believed; null when none are. */
  trustedProxies: BlockList | null;
}

/** Thrown at start-up for a malformed setting, naming the variable and the entry. */
export class ProxySettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProxySettingsError";
  }
}

function addTrusted(list: BlockList, entry: string, variable: string): void {
  if (entry === "loopback") {
    list.addSubnet("127.0.0.0", 8, "ipv4");
    list.addAddress("::1", "ipv6");
    return;
  }
  const [address = "", prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) {
    throw new ProxySettingsError(`${variable}: "${entry}" is not an IP address, a CIDR range or "loopback".`);
  }
  const type = family === 4 ? "ipv4" : "ipv6";
  if (prefix === undefined) {
    list.addAddress(address, type);
    return;
  }
  const bits = Number(prefix);
  if (!/^\d{1,3}$/.test(prefix) || bits > (family === 4 ? 32 : 128)) {
    throw new ProxySettingsError(`${variable}: "${entry}" has an invalid prefix length.`);
  }
  list.addSubnet(address, bits, type);
}

/**
 * The settings from a site's environment: `publicUrl` (its public URL; only the origin counts) and
 * `trustedProxies` (the TRUSTED_PROXIES value). Throws ProxySettingsError naming what is wrong.
 */
export function proxySettings(env: {
  publicUrl: string;
  publicUrlVariable: string;
  trustedProxies?: string | undefined;
}): ProxySettings {
  let publicOrigin: string;
  try {
    const url = new URL(env.publicUrl);
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("not http(s)");
    publicOrigin = url.origin;
  } catch {
    throw new ProxySettingsError(`${env.publicUrlVariable}: "${env.publicUrl}" is not an http(s) URL.`);
  }
  const entries = (env.trustedProxies ?? "")
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return { publicOrigin, trustedProxies: null };
  const list = new BlockList();
  for (const entry of entries) addTrusted(list, entry, "TRUSTED_PROXIES");
  return { publicOrigin, trustedProxies: list };
}

/** No proxy trusted: the request URL is the origin (local development, tests). */
export const DIRECT: ProxySettings = { publicOrigin: "http://localhost", trustedProxies: null };

function isTrustedPeer(list: BlockList, peer: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(peer);
  const address = mapped ? mapped[1]! : peer;
  const family = isIP(address);
  if (family === 0) return false;
  return list.check(address, family === 4 ? "ipv4" : "ipv6");
}

const first = (value: string | null): string | undefined => value?.split(",")[0]?.trim() || undefined;

/**
 * The public origin when the request came through a trusted proxy that says it was made to it
 * (`X-Forwarded-Proto` http/https, `X-Forwarded-Host` else `Host`); otherwise null (use the
 * request's own URL). `peer` is the address of the TCP peer (Astro's clientAddress without
 * `allowedDomains`), never a header.
 */
export function forwardedOrigin(request: Request, peer: string | undefined, settings: ProxySettings): string | null {
  if (!settings.trustedProxies || !peer || !isTrustedPeer(settings.trustedProxies, peer)) return null;
  const proto = first(request.headers.get("x-forwarded-proto"))?.toLowerCase();
  if (proto !== "https" && proto !== "http") return null;
  const host = first(request.headers.get("x-forwarded-host")) ?? first(request.headers.get("host"));
  if (!host || /[/\\@?#\s]/.test(host)) return null;
  let origin: string;
  try {
    origin = new URL(`${proto}://${host}`).origin;
  } catch {
    return null;
  }
  return origin === settings.publicOrigin ? origin : null;
}

/**
 * The visitor's address: the TCP peer, or — when the peer is a trusted proxy — the nearest address
 * in `X-Forwarded-For` (read from the right) that is not itself a trusted proxy. Behind a proxy
 * every request's peer is the proxy, so per-address limits (the sign-in throttles) need this; a
 * client-supplied `X-Forwarded-For` is never believed from an untrusted peer.
 */
export function visitorAddress(
  request: Request,
  peer: string | undefined,
  settings: ProxySettings,
): string | undefined {
  const trusted = settings.trustedProxies;
  if (!trusted || !peer || !isTrustedPeer(trusted, peer)) return peer;
  const hops = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] as string;
    if (isIP(hop) === 0) return peer; // a malformed chain: fall back to what we know
    if (!isTrustedPeer(trusted, hop)) return hop;
  }
  return peer;
}

/** The visitor address the public-origin middleware worked out for a request (see visitorAddress). */
const visitors = new WeakMap<Request, string>();
export function visitorAddressOf(request: Request): string | undefined {
  return visitors.get(request);
}

/**
 * The visitor's address for a page: as the public-origin middleware worked it out (through
 * TRUSTED_PROXIES' X-Forwarded-For), else Astro's `clientAddress`; "unknown" when it cannot tell.
 */
export function pageVisitorAddress(astro: { clientAddress: string; request: Request }): string {
  const forwarded = visitorAddressOf(astro.request);
  if (forwarded) return forwarded;
  try {
    return astro.clientAddress || "unknown";
  } catch {
    return "unknown";
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const FORM_CONTENT_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

/**
 * Astro's origin rule (core/app/origin-check): an unsafe method with a form content type, or with
 * no content type, must carry `Origin` equal to the site's origin.
 */
export function isForbiddenCrossSiteRequest(request: Request, siteOrigin: string): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const sameOrigin = request.headers.get("origin") === siteOrigin;
  const contentType = request.headers.get("content-type");
  if (contentType !== null) {
    const lower = contentType.toLowerCase();
    return FORM_CONTENT_TYPES.some((type) => lower.includes(type)) && !sameOrigin;
  }
  return !sameOrigin;
}

function peerOf(context: { clientAddress: string }): string | undefined {
  try {
    return context.clientAddress;
  } catch {
    return undefined; // Not every adapter or test context knows the peer.
  }
}

/**
 * First middleware of each site (see the module comment): the effective origin, then the
 * same-origin check for form posts (403 "Cross-site POST form submissions are forbidden").
 */
export function publicOriginMiddleware(settings: ProxySettings): MiddlewareHandler {
  return (context, next) => {
    const peer = peerOf(context);
    const visitor = visitorAddress(context.request, peer, settings);
    if (visitor) visitors.set(context.request, visitor);
    const origin = forwardedOrigin(context.request, peer, settings);
    if (origin) {
      const url = new URL(origin);
      context.url.protocol = url.protocol;
      context.url.hostname = url.hostname;
      context.url.port = url.port;
    }
    if (!context.isPrerendered && isForbiddenCrossSiteRequest(context.request, context.url.origin)) {
      return new Response(`Cross-site ${context.request.method} form submissions are forbidden`, {
        status: 403,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
    return next();
  };
}
