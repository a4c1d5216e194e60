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

/**
 * A frontmatter date or date-time as a Date. YAML turns an unquoted `2025-03-14` (or
 * `2025-03-14T09:00:00Z`) into a Date and a quoted one into a string: accept both. A time without a
 * zone (`2025-03-14T09:00`, what the editor writes) is UTC, so the server's time zone never moves a
 * schedule; an invalid date is an error, never an Invalid Date.
 */
export function toDate(value: unknown): unknown {
  if (typeof value !== "string") return value
  const text = value.trim()
  const zoneless = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)
  return new Date(zoneless ? `${text.replace(" ", "T")}Z` : text)
}

const dateSchema = (example: string) =>
  z.preprocess(toDate, z.date({ error: expecting(`expected a date, e.g. ${example}`) }))

/** The date shown with the entry (a byline date); it does not decide visibility. */
const publishedAtSchema = dateSchema("2025-03-14")

/**
 * An optional field as the editor writes it: Keystatic leaves an untouched optional field as
 * `null` or an empty string, which means "not set", not "invalid".
 */
const blankAsAbsent = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsAbsent, schema.optional())

/** An optional group of fields (e.g. `hero`) whose every field is blank is absent. */
const optionalGroup = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) =>
      value &&
      typeof value === "object" &&
      !Array.isArray(value) &&
      Object.values(value).every((v) => blankAsAbsent(v) === undefined)
        ? undefined
        : blankAsAbsent(value),
    schema.optional(),
  )

const handleList = (what: string) =>
  z
    .array(productHandleSchema, { error: expecting(`expected a list of ${what}`) })
    .refine((handles) => new Set(handles).size === handles.length, "list each product once")
    .default([])

/** `draft` entries are shown only through a preview link; `published` ones follow their schedule. */
export const STATUSES = ["draft", "published"] as const
export type Status = (typeof STATUSES)[number]

/**
 * Who a persona block is for:
 * - `consumer`: every visitor of the consumer site;
 * - `trade`: every signed-in trade buyer on the trade site;
 * - `company_admin`, `approver`: signed-in trade buyers with that company role.
 */
export const AUDIENCES = ["consumer", "trade", "company_admin", "approver"] as const
export type Audience = (typeof AUDIENCES)[number]

/** The site an audience is shown on. */
export const AUDIENCE_SITE: Record<Audience, Site> = {
  consumer: "consumer",
  trade: "trade",
  company_admin: "trade",
  approver: "trade",
}

const sitesSchema = z
  .array(siteSchema, { error: expecting(`expected a list of sites, e.g. [${SITES.join(", ")}]`) })
  .min(1, "list at least one site")
  .refine((sites) => new Set(sites).size === sites.length, "list each site once")

/**
 * A block of Markdown shown after the entry's text to some viewers only. `body` is Markdown; the
 * collection loader renders it to `html` at build time (see collections.ts), so sites never parse
 * Markdown per request.
 */
export const variantSchema = z.strictObject(
  {
    audience: z
      .array(z.enum(AUDIENCES, { error: expecting(`expected one of ${AUDIENCES.join(", ")}`) }), {
        error: expecting(`expected a list of audiences, e.g. [trade] (one of ${AUDIENCES.join(", ")})`),
      })
      .min(1, "list at least one audience")
      .refine((audience) => new Set(audience).size === audience.length, "list each audience once"),
    /** Optional heading shown above the block. */
    title: optional(text("a title")),
    body: text("Markdown text"),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? "unknown field"
        : expecting("expected audience, an optional title and body")(issue),
  },
)
export type Variant = z.output<typeof variantSchema>

/**
 * Publishing fields every entry has. Visibility at a moment `now` (decided per request, see
 * select.ts): `status: published`, `publishAt <= now` (when set) and `now < unpublishAt` (when set).
 */
const publishingFields = {
  status: z.enum(STATUSES, { error: expecting(`expected one of ${STATUSES.join(", ")}`) }),
  /** Goes live at this time (UTC unless the value says otherwise); absent = as soon as published. */
  publishAt: optional(dateSchema("2026-03-01T08:00")),
  /** Disappears at this time; absent = stays up. Must be after publishAt. */
  unpublishAt: optional(dateSchema("2026-04-01T08:00")),
  /** The sites that list and serve this entry. */
  sites: sitesSchema,
  /** Persona blocks, in the order they are shown after the text. */
  variants: z
    .array(variantSchema, { error: expecting("expected a list of blocks with audience and body") })
    .default([]),
}

interface PublishingShape {
  publishAt?: Date | undefined
  unpublishAt?: Date | undefined
  sites: Site[]
  variants: Variant[]
}

/** Schedule order and audiences the entry's sites can show; shared by both collections. */
function checkPublishing(
  entry: PublishingShape,
  ctx: { addIssue(issue: { code: "custom"; path: PropertyKey[]; message: string }): void },
): void {
  if (entry.publishAt && entry.unpublishAt && entry.unpublishAt.getTime() <= entry.publishAt.getTime()) {
    ctx.addIssue({
      code: "custom",
      path: ["unpublishAt"],
      message: `must be after publishAt (${entry.publishAt.toISOString()})`,
    })
  }
  entry.variants.forEach((variant, index) => {
    variant.audience.forEach((audience, position) => {
      const site = AUDIENCE_SITE[audience]
      if (!entry.sites.includes(site)) {
        ctx.addIssue({
          code: "custom",
          path: ["variants", index, "audience", position],
          message: `${audience} is shown on the ${site} site, which this entry is not on (sites: ${entry.sites.join(", ")})`,
        })
      }
    })
  })
}

/** Image files editors upload live under `content/images/`; frontmatter names them by that path. */
export const IMAGE_PATH_PATTERN = /^images\/(?:[a-z0-9._-]+\/)*[a-z0-9._-]+\.(?:png|jpe?g|webp|gif|avif|svg)$/i

const imagePathSchema = z
  .string({ error: expecting("expected an image path, e.g. images/stories/kenya-nyeri-aa.jpg") })
  .regex(IMAGE_PATH_PATTERN, "expected a file under images/, e.g. images/stories/kenya-nyeri-aa.jpg")

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
      hero: optionalGroup(
        z.strictObject(
          {
            alt: text("alt text"),
            credit: optional(text("a credit")),
            /** An uploaded photo (under content/images/) shown with the story beside the packshot. */
            image: optional(imagePathSchema),
          },
          { error: expecting("expected alt, an optional credit and an optional image") },
        ),
      ),
      /**
       * Products to suggest beside the story. Each site shows only those it sells, so a story may
       * name e.g. a trade-only 5 kg bag for its coffee.
       */
      related: handleList("product handles"),
      publishedAt: publishedAtSchema,
      ...publishingFields,
    },
    { error: (issue) => (issue.code === "unrecognized_keys" ? "unknown field" : undefined) },
  )
  .superRefine((story, ctx) => {
    checkPublishing(story, ctx)
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

/**
 * Service and legal pages (contact, shipping and returns, privacy, terms, imprint) are linked in the
 * sites' footers under one of these headings, and left out of the editorial listings.
 */
export const FOOTER_GROUPS = ["help", "legal"] as const
export type FooterGroup = (typeof FOOTER_GROUPS)[number]

export const pageSchema = z
  .strictObject(
    {
      title: text("a title"),
      /** Meta description and listing teaser. */
      description: text("a description").max(200, "keep it under 200 characters"),
      /** Products to show with the page; each must be sold on every site in `sites`. */
      featuredProducts: handleList("product handles"),
      /** Share image (Open Graph) and header picture, uploaded under content/images/. */
      image: optionalGroup(
        z.strictObject({ src: imagePathSchema, alt: text("alt text") }, { error: expecting("expected src and alt") }),
      ),
      publishedAt: publishedAtSchema,
      /** A service or legal page: linked in the footer under this heading (help or legal). */
      footer: optional(z.enum(FOOTER_GROUPS, { error: expecting(`expected one of ${FOOTER_GROUPS.join(", ")}`) })),
      ...publishingFields,
    },
    { error: (issue) => (issue.code === "unrecognized_keys" ? "unknown field" : undefined) },
  )
  .superRefine(checkPublishing)

/** Frontmatter of a story after parsing (defaults applied). */
export type Story = z.output<typeof storySchema>
/** Frontmatter of an editorial page after parsing (defaults applied). */
export type Page = z.output<typeof pageSchema>
