/**
 * The sites' image endpoint (`/_image`): Astro's image service (sharp) makes the AVIF, WebP and
 * JPEG sizes that `<Picture>` lists in its `srcset`, from product images the backend serves.
 *
 * Astro's own endpoint would need the backend's address in the build (`image.remotePatterns`), but
 * the sites learn it when they start (MEDUSA_BACKEND_URL). So the build lets Astro write image URLs
 * for any `/uploads/…` path (see images/config.ts) and this endpoint decides, per request, what it
 * fetches: only URLs under the configured source prefixes (the backend's uploads). Anything else is
 * a 403: the endpoint is no open proxy and no way to make the server fetch an address of your choice.
 *
 * Transforming is CPU work, so the endpoint keeps what it made: an in-memory LRU bounded in bytes,
 * keyed by the transform (source, width, height, format, quality, fit). Requests for the same
 * image while it is being made wait for that one transform; at most `concurrency` transforms run
 * at once. Answers carry a strong ETag (a repeat with `If-None-Match` gets 304) and
 * `Cache-Control: public, max-age=31536000, immutable`: an uploaded file's URL never changes
 * content (the File Module names uploads uniquely), so browsers and CDNs may keep them for a year.
 */
import { createHash } from "node:crypto";

/** What the endpoint needs of Astro's image service (`getConfiguredImageService()` + `imageConfig`). */
export interface ImageTransformer {
  /** The transform a `/_image?…` URL asks for; `src` is the source image's URL. */
  parseURL(url: URL): Promise<{ src: string } | undefined> | { src: string } | undefined;
  transform(input: Uint8Array, transform: { src: string }): Promise<{ data: Uint8Array; format: string }>;
}

export interface ImageEndpointOptions<C = unknown> {
  /** The image service for a request (`context`: what the route passes along, e.g. Astro's logger). */
  service: (context: C) => Promise<ImageTransformer>;
  /** URL prefixes a source must start with (after normalisation), e.g. `http://localhost:9000/uploads/`. */
  sources: () => readonly string[];
  fetchImpl?: typeof fetch;
  /** Bytes of transformed images kept in memory (default 64 MB). */
  cacheBytes?: number;
  /** Largest source image accepted (default 20 MB). */
  maxSourceBytes?: number;
  /** Transforms running at once (default 2: one per core of a small server). */
  concurrency?: number;
  /** How long to wait for the source (default 15 s). */
  sourceTimeoutMs?: number;
}

export const IMAGE_CACHE_CONTROL = "public, max-age=31536000, immutable";

// sharp names AVIF output "heif" (AVIF is HEIF with the AV1 codec).
const CONTENT_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  heif: "image/avif",
  svg: "image/svg+xml",
};

interface Made {
  data: Uint8Array;
  contentType: string;
  etag: string;
}

class HttpAnswer extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A map that forgets its least recently used entries beyond `maxBytes`. */
export class ByteLru<V extends { data: Uint8Array }> {
  private readonly entries = new Map<string, V>();
  private bytes = 0;
  constructor(private readonly maxBytes: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    if (value.data.byteLength > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.data.byteLength;
      this.entries.delete(key);
    }
    this.entries.set(key, value);
    this.bytes += value.data.byteLength;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldestKey);
      this.bytes -= oldest.data.byteLength;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }
}

/** A counting gate: `run` waits while `limit` tasks are running. */
function gate(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/** True when `src` (normalised: `..` resolved, default ports dropped) lies under one of `prefixes`. */
export function isAllowedSource(src: string, prefixes: readonly string[]): boolean {
  if (!URL.canParse(src)) return false;
  const url = new URL(src);
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  if (url.username || url.password) return false;
  return prefixes.some((prefix) => URL.canParse(prefix) && url.href.startsWith(new URL(prefix).href));
}

/** The request's transform parameters in a fixed order: the same image under any parameter order is one entry. */
function cacheKey(url: URL): string {
  return [...url.searchParams]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
}

export function createImageEndpoint<C = undefined>(options: ImageEndpointOptions<C>) {
  const {
    fetchImpl = fetch,
    cacheBytes = 64 * 1024 * 1024,
    maxSourceBytes = 20 * 1024 * 1024,
    concurrency = 2,
    sourceTimeoutMs = 15_000,
  } = options;
  const cache = new ByteLru<Made>(cacheBytes);
  const inFlight = new Map<string, Promise<Made>>();
  const limit = gate(concurrency);
  let transforms = 0;

  async function loadSource(src: string): Promise<Uint8Array> {
    let response: Response;
    try {
      response = await fetchImpl(src, { redirect: "error", signal: AbortSignal.timeout(sourceTimeoutMs) });
    } catch (error) {
      throw new HttpAnswer(502, `The image source did not answer: ${(error as Error).message}`);
    }
    if (response.status === 404 || response.status === 410) throw new HttpAnswer(404, "No such image");
    if (!response.ok) throw new HttpAnswer(502, `The image source answered ${response.status}`);
    const type = response.headers.get("content-type") ?? "";
    if (!/^image\//i.test(type)) throw new HttpAnswer(415, `The source is not an image (${type || "no type"})`);
    if (Number(response.headers.get("content-length") ?? 0) > maxSourceBytes) {
      throw new HttpAnswer(413, "The source image is too large");
    }
    const body = new Uint8Array(await response.arrayBuffer());
    if (body.byteLength > maxSourceBytes) throw new HttpAnswer(413, "The source image is too large");
    return body;
  }

  async function make(url: URL, context: C): Promise<Made> {
    const service = await options.service(context);
    let transform: { src: string } | undefined;
    try {
      transform = await service.parseURL(url);
    } catch (error) {
      throw new HttpAnswer(400, `Bad image request: ${(error as Error).message}`);
    }
    if (!transform?.src) throw new HttpAnswer(400, "Bad image request: href is required");
    if (!isAllowedSource(transform.src, options.sources())) throw new HttpAnswer(403, "Forbidden");
    const source = await loadSource(transform.src);
    const { data, format } = await limit(async () => {
      transforms++;
      return service.transform(source, transform);
    });
    return {
      data,
      contentType: CONTENT_TYPES[format] ?? `image/${format}`,
      etag: `"${createHash("sha1").update(data).digest("base64url")}"`,
    };
  }

  async function GET({ request, context }: { request: Request; context?: C }): Promise<Response> {
    const url = new URL(request.url);
    const key = cacheKey(url);
    let made = cache.get(key);
    if (!made) {
      let pending = inFlight.get(key);
      if (!pending) {
        pending = make(url, context as C).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      try {
        made = await pending;
      } catch (error) {
        if (error instanceof HttpAnswer) {
          return new Response(error.message, {
            status: error.status,
            headers: { "content-type": "text/plain; charset=utf-8" },
          });
        }
        console.error(`[images] could not make ${url.pathname}${url.search}: ${(error as Error).message}`);
        return new Response("The image could not be made", {
          status: 500,
          headers: { "content-type": "text/plain; charset=utf-8" },
        });
      }
      cache.set(key, made);
    }
    const headers = { "cache-control": IMAGE_CACHE_CONTROL, etag: made.etag };
    const ifNoneMatch = request.headers.get("if-none-match");
    if (ifNoneMatch && ifNoneMatch.split(",").some((tag) => tag.trim() === made.etag)) {
      return new Response(null, { status: 304, headers });
    }
    return new Response(made.data as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers: { ...headers, "content-type": made.contentType, "content-length": String(made.data.byteLength) },
    });
  }

  return { GET, stats: () => ({ transforms, cached: cache.size, cachedBytes: cache.totalBytes }) };
}
