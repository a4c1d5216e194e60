/**
 * Content images from the content folder the site reads (features/content/images.ts). A request
 * with the `?v=` the pages write is cached for a year (a changed file gets another `v`); without
 * it, for five minutes. SVGs are sent with a CSP that lets them run no script.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { APIRoute } from "astro";
import { HC_CONTENT_DIR } from "astro:env/server";
import { CONTENT_IMAGE_TYPES, contentImageFile } from "../../features/content/images";

export const GET: APIRoute = async ({ params, url }) => {
  const file = contentImageFile(HC_CONTENT_DIR, `images/${params.path ?? ""}`);
  const notFound = () =>
    new Response("No such image", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!file) return notFound();
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return notFound();
  }
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": CONTENT_IMAGE_TYPES[path.extname(file).toLowerCase()]!,
      "cache-control": url.searchParams.has("v") ? "public, max-age=31536000, immutable" : "public, max-age=300",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
};
