/**
 * The shared editorial content (from @hybrid/content, the live collections of src/live.config.ts):
 * read while the site runs, so what an editor publishes shows without a build.
 */
import type { LivePage, LiveStory } from "@hybrid/content/live.ts";
import { liveEntries } from "@hybrid/storefront-kit/live-content.ts";

/** Every story in the content folder now. */
export const allStories = () => liveEntries<LiveStory>("stories");

/** Every page in the content folder now. */
export const allPages = () => liveEntries<LivePage>("pages");
