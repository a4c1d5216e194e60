import { pagesCollection, storiesCollection } from "@hybrid/content";
import { defineCollection } from "astro:content";

export const collections = {
  stories: defineCollection(storiesCollection()),
  pages: defineCollection(pagesCollection()),
};
