/**
 * The image settings both sites' `astro.config` use (`image: storefrontImages`).
 *
 * - `remotePatterns` lets `<Picture>`/`getImage` write `/_image?href=…` URLs for any `/uploads/…`
 *   image: the backend's address is only known when the server starts, so the real check of the
 *   source (the backend's uploads, nothing else) is in the endpoint (image-endpoint.ts).
 * - `endpoint`: the kit's route in place of Astro's (caching, the runtime source check).
 * - sharp encodes AVIF at effort 0 (quality 45) and WebP at effort 2: sizes made on request must
 *   come quickly. Measured on the demo pictures at 480 px: AVIF effort 0 takes ~60 ms for ~8 KB
 *   where effort 2 takes ~250 ms for ~7 KB; WebP ~40 ms for ~10 KB. Every size is made once per
 *   process and then served from memory.
 */
/** Where the sites answer image requests. Site middleware lets it through without session or backend calls. */
export const IMAGE_ROUTE = "/_image";

export const storefrontImages = {
  endpoint: { route: IMAGE_ROUTE, entrypoint: "@hybrid/storefront-kit/images/image-route.ts" },
  remotePatterns: [{ pathname: "/uploads/**" }],
  service: {
    entrypoint: "astro/assets/services/sharp",
    config: {
      avif: { effort: 0, quality: 45 },
      webp: { effort: 2, quality: 75 },
      jpeg: { quality: 78, mozjpeg: true },
    },
  },
};
