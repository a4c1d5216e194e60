/**
 * What the storefronts import. A site's `src/content.config.ts` composes the factories:
 *
 *   import { defineCollection } from "astro:content"
 *   import { pagesCollection, storiesCollection } from "@hybrid/content"
 *   export const collections = {
 *     stories: defineCollection(storiesCollection()),
 *     pages: defineCollection(pagesCollection()),
 *   }
 *
 * The validator's API (catalog, validateContent) lives in `@hybrid/content/validate.ts` and
 * `@hybrid/content/catalog.ts`; it is not re-exported here so sites do not bundle it.
 */
export { storiesCollection, pagesCollection, type CollectionOptions } from "./collections.ts"
export {
  audiencesOf,
  editorialPages,
  footerPages,
  isLive,
  isVisible,
  pageForSite,
  pagesForSite,
  previewBlocks,
  scheduleState,
  showsOnSite,
  storyForProduct,
  visibleBlocks,
  type ClockOption,
  type CompanyRole,
  type RenderedVariant,
  type ScheduleState,
  type Viewer,
} from "./select.ts"
export {
  DEV_PREVIEW_SECRET,
  findPreviewEntry,
  previewPath,
  previewSecret,
  previewToken,
  verifyPreviewToken,
} from "./preview.ts"
export { COLLECTIONS, IMAGES_DIR, type CollectionName } from "./layout.ts"
export {
  AUDIENCES,
  AUDIENCE_SITE,
  STATUSES,
  IMAGE_PATH_PATTERN,
  variantSchema,
  type Audience,
  type Status,
  type Variant,
  SITES,
  FOOTER_GROUPS,
  type FooterGroup,
  HANDLE_PATTERN,
  siteSchema,
  productHandleSchema,
  storySchema,
  pageSchema,
  type Site,
  type Story,
  type Page,
} from "./schemas.ts"
