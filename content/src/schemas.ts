import { z } from "astro/zod"

/**
 * Frontmatter schemas of the two collections. The Astro sites (through the collection factories)
 * and the `hybrid-content` validator parse with these same objects, so an entry the validator
 * accepts is an entry both sites build.
 *
 * Every message is written for an editor reading `file: frontmatter.<field>: <message>`.
 */

export const SITES = ["consumer", "trade"] as const
export type Site = (typeof SITES)[number]

/** Product handles are Medusa's kebab-case handles, e.g. `ethiopia-yirgacheffe`. */
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A missing field reads "required"; a present but wrong one reads `expected`. */
const expecting =
  (expected: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? "required" : expected

const text = (what: string) =>
  z
    .string({ error: expecting(`expected ${what} (text)`) })
    .trim()
    .min(1, "must not be empty")

export const siteSchema = z.enum(SITES, { error: expecting(`expected one of ${SITES.join(", ")}`) })

export const productHandleSchema = z
  .string({ error: expecting("expected a product handle (text)") })
  .regex(HANDLE_PATTERN, "expected a kebab-case product handle, e.g. ethiopia-yirgacheffe")

/** YAML turns an unquoted `2025-03-14` into a Date and a quoted one into a string: accept both. */
const publishedAtSchema = z.preprocess(
  (value) => (typeof value === "string" ? new Date(value) : value),
  z.date({ error: expecting("expected a date, e.g. 2025-03-14") }),
)

const handleList = (what: string) =>
  z
    .array(productHandleSchema, { error: expecting(`expected a list of ${what}`) })
    .refine((handles) => new Set(handles).size === handles.length, "list each product once")
    .default([])

export const storySchema = z
  .strictObject(
    {
      title: text("a title"),
      /** Handle of the product whose page shows this story; the file name must be the same handle. */
      product: productHandleSchema,
      /** One or two sentences shown above the story and in listings. */
      summary: text("a summary").max(300, "keep it under 300 characters"),
      /**
       * Editorial wording for the product image the site shows as the story's hero (the image
       * itself comes from the backend's product media).
       */
      hero: z
        .strictObject(
          {
            alt: text("alt text"),
            credit: text("a credit").optional(),
          },
          { error: expecting("expected alt and an optional credit") },
        )
        .optional(),
      /**
       * Products to suggest beside the story. Each site shows only those it sells, so a story may
       * name e.g. a trade-only 5 kg bag for its coffee.
       */
      related: handleList("product handles"),
      publishedAt: publishedAtSchema,
    },
    { error: (issue) => (issue.code === "unrecognized_keys" ? "unknown field" : undefined) },
  )
  .superRefine((story, ctx) => {
    story.related.forEach((handle, index) => {
      if (handle === story.product) {
        ctx.addIssue({
          code: "custom",
          path: ["related", index],
          message: "a story cannot be related to its own product",
        })
      }
    })
  })

export const pageSchema = z.strictObject(
  {
    title: text("a title"),
    /** Meta description and listing teaser. */
    description: text("a description").max(200, "keep it under 200 characters"),
    /** The sites that list and serve this page. */
    sites: z
      .array(siteSchema, { error: expecting(`expected a list of sites, e.g. [${SITES.join(", ")}]`) })
      .min(1, "list at least one site")
      .refine((sites) => new Set(sites).size === sites.length, "list each site once"),
    /** Products to show with the page; each must be sold on every site in `sites`. */
    featuredProducts: handleList("product handles"),
    publishedAt: publishedAtSchema,
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? "unknown field" : undefined) },
)

/** Frontmatter of a story after parsing (defaults applied). */
export type Story = z.output<typeof storySchema>
/** Frontmatter of an editorial page after parsing (defaults applied). */
export type Page = z.output<typeof pageSchema>
