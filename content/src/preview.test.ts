import { describe, expect, it } from "vitest"
import {
  DEV_PREVIEW_SECRET,
  findPreviewEntry,
  previewPath,
  previewSecret,
  previewToken,
  verifyPreviewToken,
} from "./preview.ts"

const SECRET = "s3cret-for-tests"

describe("preview tokens", () => {
  it("accept the token made for that entry with the same secret", () => {
    const token = previewToken(SECRET, "pages", "holiday-gift-guide")
    expect(verifyPreviewToken(SECRET, "pages", "holiday-gift-guide", token)).toBe(true)
    expect(previewPath(SECRET, "pages", "holiday-gift-guide")).toBe(`/preview/pages/holiday-gift-guide?token=${token}`)
  })

  it("refuse a missing, wrong, truncated or other entry's token, and another secret's", () => {
    const token = previewToken(SECRET, "pages", "holiday-gift-guide")
    expect(verifyPreviewToken(SECRET, "pages", "holiday-gift-guide", null)).toBe(false)
    expect(verifyPreviewToken(SECRET, "pages", "holiday-gift-guide", "")).toBe(false)
    expect(verifyPreviewToken(SECRET, "pages", "holiday-gift-guide", "not-a-token")).toBe(false)
    expect(verifyPreviewToken(SECRET, "pages", "holiday-gift-guide", token.slice(0, -1))).toBe(false)
    expect(verifyPreviewToken(SECRET, "pages", "brew-guide", token)).toBe(false)
    expect(verifyPreviewToken(SECRET, "stories", "holiday-gift-guide", token)).toBe(false)
    expect(verifyPreviewToken("another-secret", "pages", "holiday-gift-guide", token)).toBe(false)
  })

  it("refuse everything when previews are off (no secret) and odd collection or id values", () => {
    const token = previewToken(SECRET, "pages", "x")
    expect(verifyPreviewToken(null, "pages", "x", token)).toBe(false)
    expect(verifyPreviewToken(SECRET, "../pages", "x", token)).toBe(false)
    expect(verifyPreviewToken(SECRET, "pages", "../x", token)).toBe(false)
  })

  it("use CONTENT_PREVIEW_SECRET, the dev default outside production, and nothing in production", () => {
    expect(previewSecret({ CONTENT_PREVIEW_SECRET: "abc", NODE_ENV: "production" })).toBe("abc")
    expect(previewSecret({})).toBe(DEV_PREVIEW_SECRET)
    expect(previewSecret({ NODE_ENV: "local", CONTENT_PREVIEW_SECRET: " " })).toBe(DEV_PREVIEW_SECRET)
    expect(previewSecret({ NODE_ENV: "production" })).toBeNull()
  })
})

describe("findPreviewEntry", () => {
  const draft = { id: "holiday-gift-guide", data: { sites: ["consumer" as const], status: "draft" } }
  const story = { id: "kenya-nyeri-aa", data: { sites: ["consumer" as const, "trade" as const], status: "draft" } }
  const entries = { stories: [story], pages: [draft] }
  const open = (
    collection: string,
    id: string,
    token: string | null,
    site: "consumer" | "trade" = "consumer",
    secret: string | null = SECRET,
  ) => findPreviewEntry(entries, { collection, id, token, site, secret })

  it("opens a draft (whatever its status) with its own token, on a site it is for", () => {
    expect(open("pages", "holiday-gift-guide", previewToken(SECRET, "pages", "holiday-gift-guide"))).toEqual({
      collection: "pages",
      entry: draft,
    })
    expect(open("stories", "kenya-nyeri-aa", previewToken(SECRET, "stories", "kenya-nyeri-aa"), "trade")?.entry).toBe(
      story,
    )
  })

  it("refuses without a token, with a wrong one, off its sites, for unknown entries and with previews off", () => {
    const token = previewToken(SECRET, "pages", "holiday-gift-guide")
    expect(open("pages", "holiday-gift-guide", null)).toBeUndefined()
    expect(open("pages", "holiday-gift-guide", `${token}x`)).toBeUndefined()
    expect(open("pages", "holiday-gift-guide", token, "trade")).toBeUndefined()
    expect(open("pages", "no-such-page", previewToken(SECRET, "pages", "no-such-page"))).toBeUndefined()
    expect(open("pages", "holiday-gift-guide", token, "consumer", null)).toBeUndefined()
  })
})
