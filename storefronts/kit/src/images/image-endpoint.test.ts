import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ByteLru,
  createImageEndpoint,
  IMAGE_CACHE_CONTROL,
  isAllowedSource,
  type ImageTransformer,
} from "./image-endpoint";

// A real HTTP source standing in for the backend's /uploads/ (and its other routes).
let server: Server;
let origin: string;
const served: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    served.push(req.url ?? "");
    if (req.url === "/uploads/bag.jpg") {
      res.writeHead(200, { "content-type": "image/jpeg" }).end(Buffer.from("JPEG-BYTES"));
    } else if (req.url === "/uploads/page.html") {
      res.writeHead(200, { "content-type": "text/html" }).end("<p>hi</p>");
    } else if (req.url === "/uploads/moved.jpg") {
      res.writeHead(302, { location: "http://169.254.169.254/latest" }).end();
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A transformer that answers "<format>:<width>:<source bytes>" slowly, counting its calls. */
function fakeService(delayMs = 20) {
  const calls: string[] = [];
  const service: ImageTransformer = {
    parseURL(url) {
      const href = url.searchParams.get("href");
      if (url.searchParams.has("w") && !/^\d+$/.test(url.searchParams.get("w")!)) throw new Error("w must be a number");
      return href ? { src: href } : undefined;
    },
    async transform(input, transform) {
      calls.push(transform.src);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return { data: new TextEncoder().encode(`avif:${new TextDecoder().decode(input)}`), format: "heif" };
    },
  };
  return { service, calls };
}

const imageUrl = (href: string, extra = "w=360&f=avif") =>
  `http://site.test/_image?href=${encodeURIComponent(href)}&${extra}`;

describe("the image endpoint", () => {
  it("makes a size of a backend upload once, then answers from memory, whatever the parameter order", async () => {
    const { service, calls } = fakeService();
    const endpoint = createImageEndpoint({ service: async () => service, sources: () => [`${origin}/uploads/`] });
    const href = `${origin}/uploads/bag.jpg`;
    const first = await endpoint.GET({ request: new Request(imageUrl(href)) });
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("image/avif");
    expect(first.headers.get("cache-control")).toBe(IMAGE_CACHE_CONTROL);
    expect(await first.text()).toBe("avif:JPEG-BYTES");
    const reordered = await endpoint.GET({
      request: new Request(`http://site.test/_image?f=avif&w=360&href=${encodeURIComponent(href)}`),
    });
    expect(await reordered.text()).toBe("avif:JPEG-BYTES");
    expect(calls).toHaveLength(1);
    expect(endpoint.stats()).toMatchObject({ transforms: 1, cached: 1 });
  });

  it("runs one transform for requests that arrive together, and answers 304 to a known ETag", async () => {
    const { service, calls } = fakeService(50);
    const endpoint = createImageEndpoint({ service: async () => service, sources: () => [`${origin}/uploads/`] });
    const request = () => new Request(imageUrl(`${origin}/uploads/bag.jpg`, "w=640&f=webp"));
    const answers = await Promise.all(Array.from({ length: 8 }, () => endpoint.GET({ request: request() })));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(calls).toHaveLength(1);
    const etag = answers[0]!.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await endpoint.GET({ request: new Request(request().url, { headers: { "if-none-match": etag } }) });
    expect(again.status).toBe(304);
    expect(again.headers.get("cache-control")).toBe(IMAGE_CACHE_CONTROL);
  });

  it("refuses sources outside the configured prefixes without fetching them", async () => {
    const { service, calls } = fakeService();
    const endpoint = createImageEndpoint({ service: async () => service, sources: () => [`${origin}/uploads/`] });
    const before = served.length;
    for (const href of [
      "http://169.254.169.254/latest/meta-data",
      `${origin}/admin/users`,
      `${origin}/uploads/../admin/users`,
      `${origin}/uploads/%2e%2e/admin`,
      `${origin.replace("127.0.0.1", "localhost")}/uploads/bag.jpg`,
      `file:///etc/passwd`,
      `/uploads/bag.jpg`,
    ]) {
      const answer = await endpoint.GET({ request: new Request(imageUrl(href)) });
      expect(answer.status, href).toBe(403);
    }
    expect(served.length).toBe(before);
    expect(calls).toHaveLength(0);
  });

  it("answers what went wrong with the source: missing 404, not an image 415, a redirect 502, bad parameters 400", async () => {
    const { service, calls } = fakeService();
    const endpoint = createImageEndpoint({ service: async () => service, sources: () => [`${origin}/uploads/`] });
    const status = async (url: string) => (await endpoint.GET({ request: new Request(url) })).status;
    expect(await status(imageUrl(`${origin}/uploads/missing.jpg`))).toBe(404);
    expect(await status(imageUrl(`${origin}/uploads/page.html`))).toBe(415);
    expect(await status(imageUrl(`${origin}/uploads/moved.jpg`))).toBe(502);
    expect(await status(imageUrl(`${origin}/uploads/bag.jpg`, "w=wide"))).toBe(400);
    expect(await status("http://site.test/_image?w=100")).toBe(400);
    expect(calls).toHaveLength(0);
  });

  it("refuses a source larger than the limit", async () => {
    const { service } = fakeService();
    const endpoint = createImageEndpoint({
      service: async () => service,
      sources: () => [`${origin}/uploads/`],
      maxSourceBytes: 4,
    });
    expect((await endpoint.GET({ request: new Request(imageUrl(`${origin}/uploads/bag.jpg`)) })).status).toBe(413);
  });
});

describe("isAllowedSource", () => {
  it("compares normalised URLs with the prefixes", () => {
    const prefixes = ["http://localhost:9000/uploads/"];
    expect(isAllowedSource("http://localhost:9000/uploads/products/a.jpg", prefixes)).toBe(true);
    expect(isAllowedSource("http://localhost:9000/uploads/./products/a.jpg", prefixes)).toBe(true);
    expect(isAllowedSource("http://localhost:9000/uploadsX/a.jpg", prefixes)).toBe(false);
    expect(isAllowedSource("http://user:pw@localhost:9000/uploads/a.jpg", prefixes)).toBe(false);
    expect(isAllowedSource("http://localhost:90001/uploads/a.jpg", prefixes)).toBe(false);
    expect(isAllowedSource("not a url", prefixes)).toBe(false);
  });
});

describe("ByteLru", () => {
  it("forgets the least recently used entries beyond its size in bytes", () => {
    const lru = new ByteLru<{ data: Uint8Array }>(10);
    const entry = (n: number) => ({ data: new Uint8Array(n) });
    lru.set("a", entry(4));
    lru.set("b", entry(4));
    lru.get("a"); // a is now the most recent
    lru.set("c", entry(4)); // 12 bytes: b goes
    expect([lru.get("a"), lru.get("b"), lru.get("c")].map(Boolean)).toEqual([true, false, true]);
    expect(lru.totalBytes).toBe(8);
    lru.set("huge", entry(11)); // larger than the whole cache: not kept, nothing evicted
    expect(lru.size).toBe(2);
  });
});
