// The shared editorial content (product stories, editorial, service and legal pages) from
// @hybrid/content, read while the site runs: what an editor publishes shows without a build.
import { livePages, liveStories } from "@hybrid/content/live.ts";
import { defineLiveCollection } from "astro:content";
import { HC_CONTENT_DIR } from "astro:env/server";

export const collections = {
  stories: defineLiveCollection({ loader: liveStories({ root: HC_CONTENT_DIR }) }),
  pages: defineLiveCollection({ loader: livePages({ root: HC_CONTENT_DIR }) }),
};
