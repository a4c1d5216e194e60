import {
  AUDIENCE_SITE,
  type Audience,
  type FooterGroup,
  type Page,
  type Site,
  type Story,
  type Variant,
} from "./schemas.ts"

/*
 * Pure helpers over collection entries (what `getCollection("pages" | "stories")` returns). They
 * are generic so a site keeps its own `CollectionEntry<...>` type in the result.
 *
 * Visibility is decided per request from the entry's frontmatter and a clock `now` the caller
 * passes (the request time in a site, a fixed date in a test): the sites load every entry,
 * drafts and scheduled ones included, at build time, and a schedule takes effect without a rebuild.
 */

/** The publishing fields visibility depends on. */
export interface PublishingLike {
  status: Story["status"]
  publishAt?: Date | undefined
  unpublishAt?: Date | undefined
  sites: readonly Site[]
}

interface EntryLike {
  data: PublishingLike
}

interface PageEntryLike {
  id: string
  data: PublishingLike & Pick<Page, "publishedAt" | "title"> & { footer?: Page["footer"] }
}

interface StoryEntryLike {
  data: PublishingLike & Pick<Story, "product">
}

/** A persona block as the sites get it: the collection loader adds the rendered `html`. */
export type RenderedVariant = Variant & { html?: string }

/**
 * Where an entry stands at `now`: a `draft`, `scheduled` (published, publishAt still ahead),
 * `live`, or `expired` (unpublishAt reached). Only `live` entries are shown outside a preview.
 */
export type ScheduleState = "draft" | "scheduled" | "live" | "expired"

export function scheduleState(entry: EntryLike, now: Date): ScheduleState {
  const { status, publishAt, unpublishAt } = entry.data
  if (status !== "published") return "draft"
  if (publishAt && now.getTime() < publishAt.getTime()) return "scheduled"
  if (unpublishAt && now.getTime() >= unpublishAt.getTime()) return "expired"
  return "live"
}

/** Published and inside its schedule at `now` (publishAt inclusive, unpublishAt exclusive). */
export function isLive(entry: EntryLike, now: Date): boolean {
  return scheduleState(entry, now) === "live"
}

/** Whether `site` is one of the entry's sites (schedule not considered; see `isVisible`). */
export function showsOnSite(entry: EntryLike, site: Site): boolean {
  return entry.data.sites.includes(site)
}

/** Whether `site` may list and serve this entry at `now`; a route answers 404 when it may not. */
export function isVisible(entry: EntryLike, site: Site, now: Date): boolean {
  return showsOnSite(entry, site) && isLive(entry, now)
}

export interface ClockOption {
  /** The moment to decide visibility for; default: the time of the call (the request). */
  now?: Date
}

/** The pages `site` shows at `now`, newest first (ties by title), e.g. for a footer or an index page. */
export function pagesForSite<T extends PageEntryLike>(
  entries: readonly T[],
  site: Site,
  { now = new Date() }: ClockOption = {},
): T[] {
  return entries
    .filter((entry) => isVisible(entry, site, now))
    .sort(
      (a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.data.title.localeCompare(b.data.title),
    )
}

/** The editorial pages of a list (articles, guides): every page that is not a footer page. */
export function editorialPages<T extends PageEntryLike>(entries: readonly T[]): T[] {
  return entries.filter((entry) => !entry.data.footer)
}

/**
 * The service and legal pages `site` shows at `now`, by footer heading, each list by title — what
 * a site's footer links.
 */
export function footerPages<T extends PageEntryLike>(
  entries: readonly T[],
  site: Site,
  { now = new Date() }: ClockOption = {},
): Record<FooterGroup, T[]> {
  const shown = entries
    .filter((entry) => entry.data.footer && isVisible(entry, site, now))
    .sort((a, b) => a.data.title.localeCompare(b.data.title))
  return {
    help: shown.filter((entry) => entry.data.footer === "help"),
    legal: shown.filter((entry) => entry.data.footer === "legal"),
  }
}

/** The page with this slug if `site` shows it at `now`. */
export function pageForSite<T extends PageEntryLike>(
  entries: readonly T[],
  slug: string,
  site: Site,
  { now = new Date() }: ClockOption = {},
): T | undefined {
  return entries.find((entry) => entry.id === slug && isVisible(entry, site, now))
}

/**
 * The story shown on the page of the product with this handle at `now`, if it has one. Pass
 * `site` so a story limited to the other site stays hidden.
 */
export function storyForProduct<T extends StoryEntryLike>(
  entries: readonly T[],
  handle: string,
  { site, now = new Date() }: ClockOption & { site?: Site } = {},
): T | undefined {
  return entries.find(
    (entry) => entry.data.product === handle && isLive(entry, now) && (!site || showsOnSite(entry, site)),
  )
}

/** Company roles as the company-accounts plugin names them. */
export type CompanyRole = "admin" | "approver" | "buyer" | "viewer"

/** Who is looking, as a site knows it on this request. */
export interface Viewer {
  site: Site
  /**
   * `consumer` on the consumer site; on the trade site `trade` for a signed-in trade buyer and
   * `null` for anyone else (who sees no persona block there).
   */
  audience: "consumer" | "trade" | null
  /** The trade buyer's company role, when known; `admin` sees `company_admin` blocks. */
  role?: CompanyRole | null
  now: Date
}

/** The audiences a viewer belongs to. */
export function audiencesOf(viewer: Omit<Viewer, "now">): Set<Audience> {
  if (viewer.site === "consumer") return new Set(viewer.audience === "consumer" ? ["consumer"] : [])
  if (viewer.audience !== "trade") return new Set()
  const audiences = new Set<Audience>(["trade"])
  if (viewer.role === "admin") audiences.add("company_admin")
  if (viewer.role === "approver") audiences.add("approver")
  return audiences
}

/**
 * The persona blocks this viewer sees, in frontmatter order: none when the entry itself is not
 * visible on the viewer's site at `now`; otherwise each block one of whose audiences the viewer
 * belongs to. E.g. on the trade site a signed-in approver sees `[trade]`, `[approver]` and
 * `[company_admin, approver]` blocks, a buyer only `[trade]` ones.
 */
export function visibleBlocks<V extends RenderedVariant>(
  entry: { data: PublishingLike & { variants: readonly V[] } },
  viewer: Viewer,
): V[] {
  if (!isVisible(entry, viewer.site, viewer.now)) return []
  const audiences = audiencesOf(viewer)
  return entry.data.variants.filter((variant) => variant.audience.some((audience) => audiences.has(audience)))
}

/**
 * For a preview on `site`: every block that site can show, whatever the schedule, each with the
 * audiences on this site it is meant for (for a "shown to …" label).
 */
export function previewBlocks<V extends RenderedVariant>(
  entry: { data: { variants: readonly V[] } },
  site: Site,
): Array<V & { shownTo: Audience[] }> {
  return entry.data.variants
    .map((variant) => ({
      ...variant,
      shownTo: variant.audience.filter((audience) => AUDIENCE_SITE[audience] === site),
    }))
    .filter((variant) => variant.shownTo.length > 0)
}
