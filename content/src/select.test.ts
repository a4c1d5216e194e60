import { describe, expect, it } from "vitest"
import type { Audience, Site } from "./schemas.ts"
import {
  audiencesOf,
  editorialPages,
  footerPages,
  isLive,
  pageForSite,
  pagesForSite,
  previewBlocks,
  scheduleState,
  showsOnSite,
  storyForProduct,
  visibleBlocks,
  type Viewer,
} from "./select.ts"

type Schedule = { status?: "draft" | "published"; publishAt?: string; unpublishAt?: string }

const page = (id: string, sites: Site[], publishedAt: string, title = id, schedule: Schedule = {}) => ({
  id,
  data: {
    title,
    sites,
    publishedAt: new Date(publishedAt),
    featuredProducts: [],
    status: schedule.status ?? ("published" as const),
    publishAt: schedule.publishAt ? new Date(schedule.publishAt) : undefined,
    unpublishAt: schedule.unpublishAt ? new Date(schedule.unpublishAt) : undefined,
  },
})

const NOW = new Date("2026-06-01T12:00:00Z")

describe("pagesForSite", () => {
  const about = page("our-roastery", ["consumer", "trade"], "2026-01-06")
  const brewGuide = page("brew-guide", ["consumer"], "2026-02-01")
  const wholesale = page("wholesale-programme", ["trade"], "2026-03-01")
  const all = [about, brewGuide, wholesale]

  it("keeps only the pages of that site, newest first", () => {
    expect(pagesForSite(all, "consumer", { now: NOW }).map((p) => p.id)).toEqual(["brew-guide", "our-roastery"])
    expect(pagesForSite(all, "trade", { now: NOW }).map((p) => p.id)).toEqual(["wholesale-programme", "our-roastery"])
  })

  it("orders pages of the same date by title and leaves the input alone", () => {
    const b = page("b", ["trade"], "2026-01-01", "Beta")
    const a = page("a", ["trade"], "2026-01-01", "Alpha")
    const input = [b, a]
    expect(pagesForSite(input, "trade", { now: NOW })).toEqual([a, b])
    expect(input).toEqual([b, a])
  })

  it("showsOnSite tells whether the page is for that site", () => {
    expect(showsOnSite(wholesale, "consumer")).toBe(false)
    expect(showsOnSite(wholesale, "trade")).toBe(true)
  })

  it("never lists a draft, even one whose schedule has begun", () => {
    const draft = page("gift-guide", ["consumer"], "2026-05-01", "Gifts", {
      status: "draft",
      publishAt: "2026-01-01T00:00:00Z",
    })
    expect(pagesForSite([about, draft], "consumer", { now: NOW }).map((p) => p.id)).toEqual(["our-roastery"])
    expect(pageForSite([draft], "gift-guide", "consumer", { now: NOW })).toBeUndefined()
  })
})

describe("footer pages", () => {
  const footer = (id: string, group: "help" | "legal", sites: Site[], schedule: Schedule = {}) => {
    const entry = page(id, sites, "2026-01-01", id, schedule)
    return { ...entry, data: { ...entry.data, footer: group } }
  }
  const article = page("brew-guide", ["consumer", "trade"], "2026-02-01")
  const contact = footer("contact", "help", ["consumer", "trade"])
  const terms = footer("terms", "legal", ["consumer"])
  const tradeTerms = footer("trade-terms", "legal", ["trade"])
  const imprint = footer("imprint", "legal", ["consumer", "trade"])
  const draftPrivacy = footer("privacy", "legal", ["consumer", "trade"], { status: "draft" })
  const all = [article, contact, terms, tradeTerms, imprint, draftPrivacy]

  it("groups each site's live service and legal pages under their heading, by title", () => {
    const ids = (group: { id: string }[]) => group.map((entry) => entry.id)
    const consumer = footerPages(all, "consumer", { now: NOW })
    expect([ids(consumer.help), ids(consumer.legal)]).toEqual([["contact"], ["imprint", "terms"]])
    const trade = footerPages(all, "trade", { now: NOW })
    expect([ids(trade.help), ids(trade.legal)]).toEqual([["contact"], ["imprint", "trade-terms"]])
  })

  it("leaves them out of the articles a site lists", () => {
    expect(editorialPages(pagesForSite(all, "consumer", { now: NOW })).map((p) => p.id)).toEqual(["brew-guide"])
  })
})

describe("schedule, with an injected clock", () => {
  const sale = page("summer-sale", ["consumer"], "2026-06-01", "Summer sale", {
    publishAt: "2026-06-01T08:00:00Z",
    unpublishAt: "2026-06-15T00:00:00Z",
  })
  const at = (iso: string) => ({ now: new Date(iso) })
  const listed = (iso: string) => pagesForSite([sale], "consumer", at(iso)).map((p) => p.id)

  it("appears exactly at publishAt and disappears exactly at unpublishAt", () => {
    expect(listed("2026-06-01T07:59:59.999Z")).toEqual([])
    expect(listed("2026-06-01T08:00:00Z")).toEqual(["summer-sale"])
    expect(listed("2026-06-14T23:59:59.999Z")).toEqual(["summer-sale"])
    expect(listed("2026-06-15T00:00:00Z")).toEqual([])
    expect(pageForSite([sale], "summer-sale", "consumer", at("2026-06-10T00:00:00Z"))?.id).toBe("summer-sale")
    expect(pageForSite([sale], "summer-sale", "consumer", at("2026-07-01T00:00:00Z"))).toBeUndefined()
  })

  it("names each state for editors: draft, scheduled, live, expired", () => {
    expect(scheduleState(sale, new Date("2026-05-01"))).toBe("scheduled")
    expect(scheduleState(sale, new Date("2026-06-02"))).toBe("live")
    expect(scheduleState(sale, new Date("2026-06-20"))).toBe("expired")
    expect(scheduleState({ data: { ...sale.data, status: "draft" } }, new Date("2026-06-02"))).toBe("draft")
  })

  it("without dates a published entry is live from any time on", () => {
    expect(isLive(page("x", ["trade"], "2026-01-01"), new Date("1999-01-01"))).toBe(true)
  })

  it("uses the time of the call when no clock is given (the request time in a site)", () => {
    const future = page("later", ["consumer"], "2026-01-01", "Later", { publishAt: "2999-01-01T00:00:00Z" })
    const past = page("sooner", ["consumer"], "2026-01-01", "Sooner", { publishAt: "2000-01-01T00:00:00Z" })
    expect(pagesForSite([future, past], "consumer").map((p) => p.id)).toEqual(["sooner"])
  })
})

describe("storyForProduct", () => {
  const story = (product: string, sites: Site[], schedule: Schedule = {}) => ({
    id: product,
    data: {
      product,
      sites,
      status: schedule.status ?? ("published" as const),
      publishAt: schedule.publishAt ? new Date(schedule.publishAt) : undefined,
      unpublishAt: schedule.unpublishAt ? new Date(schedule.unpublishAt) : undefined,
    },
  })
  const stories = [
    story("kenya-nyeri-aa", ["consumer", "trade"]),
    story("colombia-huila", ["trade"]),
    story("brazil-cerrado", ["consumer"], { status: "draft" }),
    story("guatemala-antigua", ["consumer"], { publishAt: "2026-07-01T00:00:00Z" }),
  ]

  it("finds the live story of a product by handle", () => {
    expect(storyForProduct(stories, "kenya-nyeri-aa", { site: "consumer", now: NOW })?.id).toBe("kenya-nyeri-aa")
  })

  it("hides a story meant for the other site, a draft and a scheduled one", () => {
    expect(storyForProduct(stories, "colombia-huila", { site: "consumer", now: NOW })).toBeUndefined()
    expect(storyForProduct(stories, "colombia-huila", { site: "trade", now: NOW })?.id).toBe("colombia-huila")
    expect(storyForProduct(stories, "brazil-cerrado", { site: "consumer", now: NOW })).toBeUndefined()
    expect(storyForProduct(stories, "guatemala-antigua", { site: "consumer", now: NOW })).toBeUndefined()
    expect(
      storyForProduct(stories, "guatemala-antigua", { site: "consumer", now: new Date("2026-07-01T00:00:00Z") })?.id,
    ).toBe("guatemala-antigua")
  })

  it("returns undefined for a product without a story", () => {
    expect(storyForProduct(stories, "chemex-6-cup", { now: NOW })).toBeUndefined()
  })
})

describe("persona blocks", () => {
  const block = (name: string, ...audience: Audience[]) => ({
    audience,
    title: name,
    body: name,
    html: `<p>${name}</p>`,
  })
  const entry = {
    data: {
      status: "published" as const,
      sites: ["consumer", "trade"] as Site[],
      unpublishAt: new Date("2026-12-31T00:00:00Z"),
      variants: [
        block("home", "consumer"),
        block("bar", "trade"),
        block("admins", "company_admin"),
        block("approvers", "approver"),
        block("managers", "company_admin", "approver"),
      ],
    },
  }
  const shown = (viewer: Omit<Viewer, "now">, now = NOW) => visibleBlocks(entry, { ...viewer, now }).map((b) => b.title)

  it("shows consumer blocks only on the consumer site", () => {
    expect(shown({ site: "consumer", audience: "consumer" })).toEqual(["home"])
  })

  it("shows trade blocks to every signed-in trade buyer, role blocks to that role only", () => {
    expect(shown({ site: "trade", audience: "trade", role: "buyer" })).toEqual(["bar"])
    expect(shown({ site: "trade", audience: "trade", role: "viewer" })).toEqual(["bar"])
    expect(shown({ site: "trade", audience: "trade" })).toEqual(["bar"])
    expect(shown({ site: "trade", audience: "trade", role: "admin" })).toEqual(["bar", "admins", "managers"])
    expect(shown({ site: "trade", audience: "trade", role: "approver" })).toEqual(["bar", "approvers", "managers"])
  })

  it("shows nothing to an anonymous visitor of the trade site, and no trade block on the consumer site", () => {
    expect(shown({ site: "trade", audience: null, role: "admin" })).toEqual([])
    expect(shown({ site: "consumer", audience: "trade", role: "admin" })).toEqual([])
    expect(audiencesOf({ site: "consumer", audience: "consumer", role: "admin" })).toEqual(new Set(["consumer"]))
  })

  it("shows no block once the entry is unpublished, or when its site does not show the entry", () => {
    expect(shown({ site: "trade", audience: "trade", role: "admin" }, new Date("2027-01-01"))).toEqual([])
    const consumerOnly = { data: { ...entry.data, sites: ["consumer"] as Site[] } }
    expect(visibleBlocks(consumerOnly, { site: "trade", audience: "trade", role: "admin", now: NOW })).toEqual([])
  })

  it("keeps the rendered html for the site to show", () => {
    expect(visibleBlocks(entry, { site: "consumer", audience: "consumer", now: NOW })[0]?.html).toBe("<p>home</p>")
  })

  it("previewBlocks lists every block of a site with the audiences it is for", () => {
    expect(previewBlocks(entry, "consumer").map((b) => [b.title, b.shownTo])).toEqual([["home", ["consumer"]]])
    expect(previewBlocks(entry, "trade").map((b) => [b.title, b.shownTo])).toEqual([
      ["bar", ["trade"]],
      ["admins", ["company_admin"]],
      ["approvers", ["approver"]],
      ["managers", ["company_admin", "approver"]],
    ])
  })
})
