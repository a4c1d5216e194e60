/**
 * Preview of drafts and scheduled entries: `/preview/<collection>/<id>?token=…`. The token is
 * checked against CONTENT_PREVIEW_SECRET (a development default outside production, previews off
 * in production without it); see @hybrid/content/preview.ts.
 */
import { findPreviewEntry, previewSecret } from "@hybrid/content";
import { CONTENT_PREVIEW_SECRET } from "astro:env/server";
import { allPages, allStories } from "../site/content.server";

export function sitePreviewSecret(): string | null {
  return previewSecret({ CONTENT_PREVIEW_SECRET, NODE_ENV: process.env.NODE_ENV });
}

/** The entry a preview link opens on `site`, or undefined (answer 404). */
export async function previewEntry(collection: string, id: string, token: string | null, site: "consumer" | "trade") {
  const secret = sitePreviewSecret();
  // Checked before reading the content, so a bad link costs nothing.
  if (!secret || !token) return undefined;
  const [stories, pages] = await Promise.all([allStories(), allPages()]);
  return findPreviewEntry({ stories, pages }, { collection, id, token, site, secret });
}
