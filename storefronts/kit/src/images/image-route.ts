/**
 * The `/_image` route of both sites (astro.config: `image.endpoint.entrypoint`, see config.ts):
 * Astro's configured image service behind the kit's endpoint (image-endpoint.ts), fetching only
 * the backend's uploads. The backend's address is the sites' MEDUSA_BACKEND_URL, read when the
 * server starts (the sites' astro:env reads the same variable).
 */
import type { APIRoute } from "astro";
import { getConfiguredImageService, imageConfig } from "astro:assets";
import { createImageEndpoint, type ImageTransformer } from "./image-endpoint";

export const prerender = false;

const backendUrl = (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "");

const endpoint = createImageEndpoint<Parameters<APIRoute>[0]["logger"]>({
  async service(logger): Promise<ImageTransformer> {
    const service = await getConfiguredImageService();
    if (!("transform" in service)) throw new Error("The image service is not a local service");
    return {
      parseURL: (url) => service.parseURL(url, imageConfig, logger),
      transform: (input, transform) => service.transform(input, transform as never, imageConfig, logger),
    };
  },
  sources: () => [`${backendUrl}/uploads/`],
});

export const GET: APIRoute = ({ request, logger }) => endpoint.GET({ request, context: logger });
