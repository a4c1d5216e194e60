import { promisify } from "node:util";
import zlib from "node:zlib";
import type { APIContext } from "astro";
import { describe, expect, it } from "vitest";
import { compressResponses, isCompressible, MIN_COMPRESS_BYTES, negotiateEncoding } from "./compression";

const brotliDecompress = promisify(zlib.brotliDecompress);
const gunzip = promisify(zlib.gunzip);

const PAGE = `<!doctype html><html><body>${"<li class=product-card>Ethiopia Yirgacheffe 250 g</li>".repeat(200)}</body></html>`;

/** A page answer as Astro renders it: a stream of small chunks. */
function htmlResponse(body = PAGE, headers: Record<string, string> = {}): Response {
  const chunks = body.match(/.{1,500}/gs) ?? [];
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
  return new Response(stream, { status: 200, headers: { "content-type": "text/html", ...headers } });
}

async function run(request: Request, response: Response): Promise<Response> {
  const context = { request } as APIContext;
  return (await compressResponses(context, async () => response)) as Response;
}

const get = (acceptEncoding?: string, method = "GET") =>
  new Request("http://site.test/products/x", {
    method,
    headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding },
  });

describe("response compression", () => {
  it("picks brotli over gzip, honours q-values and refusals, and answers none when nothing fits", () => {
    expect(negotiateEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(negotiateEncoding("gzip, deflate")).toBe("gzip");
    expect(negotiateEncoding("br;q=0.5, gzip")).toBe("gzip");
    expect(negotiateEncoding("br;q=0, gzip;q=0.1")).toBe("gzip");
    expect(negotiateEncoding("*")).toBe("br");
    expect(negotiateEncoding("*;q=0")).toBeNull();
    expect(negotiateEncoding("identity")).toBeNull();
    expect(negotiateEncoding("deflate")).toBeNull();
    expect(negotiateEncoding("")).toBeNull();
    expect(negotiateEncoding(null)).toBeNull();
  });

  it("sends a page as brotli or gzip that decodes to the same bytes, keeping status and headers", async () => {
    const br = await run(
      get("gzip, br"),
      htmlResponse(PAGE, { "cache-control": "private, no-store", "set-cookie": "a=1" }),
    );
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toBe("Accept-Encoding");
    expect(br.headers.get("cache-control")).toBe("private, no-store");
    expect(br.headers.get("set-cookie")).toBe("a=1");
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(PAGE.length / 4);
    expect((await brotliDecompress(brBytes)).toString()).toBe(PAGE);

    const gz = await run(get("gzip"), htmlResponse(PAGE, { vary: "Cookie", "content-length": String(PAGE.length) }));
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gz.headers.get("vary")).toBe("Cookie, Accept-Encoding");
    expect(gz.headers.get("content-length")).toBeNull();
    expect((await gunzip(Buffer.from(await gz.arrayBuffer()))).toString()).toBe(PAGE);
  });

  it("compresses JSON answers too, with their status", async () => {
    const json = JSON.stringify({ suggestions: Array.from({ length: 50 }, (_, i) => ({ handle: `product-${i}` })) });
    const answer = await run(
      get("br"),
      new Response(json, { status: 422, headers: { "content-type": "application/json; charset=utf-8" } }),
    );
    expect(answer.status).toBe(422);
    expect(answer.headers.get("content-encoding")).toBe("br");
    expect(JSON.parse((await brotliDecompress(Buffer.from(await answer.arrayBuffer()))).toString())).toEqual(
      JSON.parse(json),
    );
  });

  it("leaves alone what must not or need not be compressed", async () => {
    const html = htmlResponse();
    const plain = await run(get(undefined), html);
    expect(plain).toBe(html);
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toBe("Accept-Encoding");

    const request = get("br");
    expect(isCompressible(request, htmlResponse())).toBe(true);
    expect(isCompressible(get("br", "HEAD"), htmlResponse())).toBe(false);
    expect(isCompressible(request, new Response(null, { status: 404 }))).toBe(false);
    expect(isCompressible(request, new Response(null, { status: 303, headers: { location: "/cart" } }))).toBe(false);
    expect(isCompressible(request, htmlResponse(PAGE, { "content-encoding": "gzip" }))).toBe(false);
    expect(isCompressible(request, htmlResponse(PAGE, { "cache-control": "public, no-transform" }))).toBe(false);
    expect(isCompressible(request, new Response("x".repeat(5000), { headers: { "content-type": "image/png" } }))).toBe(
      false,
    );
    const small = "<p>ok</p>";
    expect(
      isCompressible(
        request,
        new Response(small, { headers: { "content-type": "text/html", "content-length": String(small.length) } }),
      ),
    ).toBe(false);
    expect(MIN_COMPRESS_BYTES).toBeGreaterThan(small.length);

    const redirect = Response.redirect("http://site.test/cart", 303);
    expect(await run(request, redirect)).toBe(redirect);
  });
});
