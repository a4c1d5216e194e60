import { experimental_AstroContainer as AstroContainer, type ContainerRenderOptions } from "astro/container";

let shared: Promise<AstroContainer> | undefined;

/**
 * Renders an Astro component to HTML through the container API, without the dev-only
 * `data-astro-source-*` attributes and scoped-style `data-astro-cid-*` markers, so tests read the markup a browser gets.
 */
export async function renderHtml(
  component: Parameters<AstroContainer["renderToString"]>[0],
  options?: ContainerRenderOptions,
) {
  shared ??= AstroContainer.create();
  return withoutDevMarkers(await (await shared).renderToString(component, options));
}

/** The markup without the dev-only `data-astro-source-*` and scoped-style `data-astro-cid-*` attributes. */
export function withoutDevMarkers(html: string): string {
  return html.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, "").replace(/ data-astro-cid-[a-z0-9]+/g, "");
}
