// The shared editorial content (product stories, editorial pages) from @hybrid/content.
import { pagesCollection, storiesCollection } from "@hybrid/content";
import { defineCollection } from "astro:content";

export const collections = {
  stories: defineCollection(storiesCollection()),
  pages: defineCollection(pagesCollection()),
};
