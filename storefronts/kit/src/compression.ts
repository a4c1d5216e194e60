/**
 * Response compression for both sites: server-rendered HTML, JSON endpoints, the sitemap and other
 * text answers go out as Brotli or gzip when the browser asks for it (`Accept-Encoding`). It is a
 * site middleware (run it first in `sequence(...)`) rather than a server wrapper, so it works the
 * same under the standalone server the platform runs, `astro dev` and any other adapter host.
 *
 * Static files (`/_astro/*`, `public/`) never reach the middleware: @astrojs/node's static handler
 * serves them, hashed assets with `Cache-Control: public, max-age=31536000, immutable`.
 *
 * What is left alone: HEAD requests, bodiless answers (redirects, 204, 304, the empty 404 that
 * Astro re-renders as the 404 page — that page then passes through here itself), answers that
 * already carry a `Content-Encoding`, `Cache-Control: no-transform`, types that do not shrink
 * (images, fonts, archives), and bodies whose known length is under `MIN_COMPRESS_BYTES`.
 * A compressed answer drops `Content-Length` (its length changes) and gains
 * `Vary: Accept-Encoding`, so a shared cache keeps one copy per encoding.
 *
 * The encoder runs as a stream: the page is compressed as Astro renders it. Brotli at quality 4
 * (the `compression` package's default for dynamic answers) and gzip at level 6 are the usual
 * speed/size balance for answers rendered per request.
 */
import { Duplex } from "node:stream";
import zlib from "node:zlib";
import type { MiddlewareHandler } from "astro";

export type ContentCoding = "br" | "gzip";

/** Bodies known to be smaller than this are sent as they are (the headers would eat the saving). */
export const MIN_COMPRESS_BYTES = 1024;

const COMPRESSIBLE_TYPE =
  /^(text\/|application\/(json|ld\+json|manifest\+json|xml|rss\+xml|atom\+xml|javascript|x-javascript)|image\/svg\+xml)/i;

/**
 * The coding to answer with for an `Accept-Encoding` header, or null for none. Brotli wins over
 * gzip at equal weight (smaller output); `q=0` refuses a coding, also through `*;q=0`.
 */
export function negotiateEncoding(acceptEncoding: string | null | undefined): ContentCoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [rawName, ...params] = part.trim().split(";");
    const name = rawName.trim().toLowerCase();
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split("=");
      if (key?.trim().toLowerCase() === "q") {
        const parsed = Number(value);
        q = Number.isFinite(parsed) ? parsed : 0;
      }
    }
    weights.set(name, q);
  }
  const weight = (coding: ContentCoding) => weights.get(coding) ?? weights.get("*") ?? 0;
  const br = weight("br");
  const gzip = weight("gzip");
  if (br <= 0 && gzip <= 0) return null;
  return br >= gzip ? "br" : "gzip";
}

/** Whether this answer to this request should be compressed at all (before looking at the browser). */
export function isCompressible(request: Request, response: Response): boolean {
  if (request.method === "HEAD" || !response.body) return false;
  if (response.status < 200 || response.status === 204 || response.status === 206 || response.status === 304) {
    return false;
  }
  const headers = response.headers;
  if (headers.has("content-encoding")) return false;
  if (/(?:^|,)\s*no-transform\s*(?:,|$)/i.test(headers.get("cache-control") ?? "")) return false;
  if (!COMPRESSIBLE_TYPE.test(headers.get("content-type") ?? "")) return false;
  const length = headers.get("content-length");
  return length === null || Number(length) >= MIN_COMPRESS_BYTES;
}

/** Adds `Accept-Encoding` to `Vary` unless it (or `*`) is there already. */
export function varyOnEncoding(headers: Headers): void {
  const vary = headers.get("vary");
  if (!vary) headers.set("vary", "Accept-Encoding");
  else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) headers.set("vary", `${vary}, Accept-Encoding`);
}

function encoder(coding: ContentCoding): Duplex {
  return coding === "br"
    ? zlib.createBrotliCompress({
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        },
      })
    : zlib.createGzip({ level: 6 });
}

/** The same answer, encoded with `coding`: status, headers (cookies included) and body stream. */
export function compressResponse(response: Response, coding: ContentCoding): Response {
  const headers = new Headers(response.headers);
  headers.set("content-encoding", coding);
  headers.delete("content-length");
  varyOnEncoding(headers);
  const body = (response.body as ReadableStream<Uint8Array>).pipeThrough(
    Duplex.toWeb(encoder(coding)) as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
  );
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * The middleware both sites run first: compresses what `isCompressible` allows with the coding
 * `negotiateEncoding` picks. An answer that would have been compressed for another browser gains
 * `Vary: Accept-Encoding` too, so a cache never serves a compressed copy to a browser that did not
 * ask for one (or the reverse).
 */
export const compressResponses: MiddlewareHandler = async (context, next) => {
  const response = await next();
  if (!isCompressible(context.request, response)) return response;
  const coding = negotiateEncoding(context.request.headers.get("accept-encoding"));
  if (!coding) {
    try {
      varyOnEncoding(response.headers);
      return response;
    } catch {
      // Immutable headers (a Response built by fetch or Response.redirect): copy them.
      const headers = new Headers(response.headers);
      varyOnEncoding(headers);
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
    }
  }
  return compressResponse(response, coding);
};
