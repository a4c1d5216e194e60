import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { renderEmail, TEMPLATES } from "./index"

const targets = {
  siteUrls: { consumer: "https://shop.example.com", trade: "https://trade.example.com/" },
  adminUrl: "https://api.example.com/app",
}

/** Template ids the other plugins send, read from their sources (not imported: no plugin reaches into another). */
function idsSentByPlugins(): string[] {
  const pluginsDir = path.resolve(__dirname, "../../..")
  const ids = new Set<string>()
  for (const plugin of readdirSync(pluginsDir)) {
    const file = path.join(pluginsDir, plugin, "src/lib/notifications.ts")
    let source: string
    try {
      source = readFileSync(file, "utf8")
    } catch {
      continue
    }
    const block = /NOTIFICATION_TEMPLATES = \{([\s\S]*?)\}/.exec(source)?.[1] ?? ""
    for (const match of block.matchAll(/"([a-z_]+\.[a-z_-]+)"/g)) ids.add(match[1]!)
  }
  return [...ids].sort()
}

const SAMPLE: Record<string, unknown> = {
  first_name: "Rita",
  company_name: "Corner Café",
  display_id: 42,
  order_id: "order_1",
  quote_id: "quo_1",
  currency_code: "eur",
  total: 123.4,
  subtotal: 99,
  amount: 300,
  threshold: 2000,
  items: [{ title: "Colombia Huila 1 kg", quantity: 2, total: 61.7 }],
  po_number: "PO-7731",
  payment_terms: "net_30",
  due_date: "2027-01-05T00:00:00.000Z",
  requester_name: "Olga",
  role: "buyer",
  expires_at: "2027-01-01T00:00:00.000Z",
  reason: "Out of range",
  message: "Can you do better?",
  author_name: "Sam",
  body: "Hello",
  tracking: [{ number: "1Z999", url: "https://track.example.com/1Z999" }],
}

describe("templates", () => {
  it("cover every template id the plugins send, plus orders, shipments, resets and accounts", () => {
    const sent = idsSentByPlugins()
    expect(sent.length).toBeGreaterThan(10)
    expect(sent.filter((id) => !TEMPLATES[id])).toEqual([])
    for (const id of [
      "order.confirmation",
      "order.confirmation_on_account",
      "order.shipped",
      "auth.password_reset",
      "customer.verify-email",
      "customer.welcome",
    ]) {
      expect(TEMPLATES[id], id).toBeDefined()
    }
  })

  it.each(Object.keys(TEMPLATES))("%s renders HTML and text in its site's look, links absolute to that site", (id) => {
    for (const site of ["consumer", "trade"] as const) {
      const email = renderEmail({ template: id, data: { ...SAMPLE, site } }, targets)
      expect(email.site).toBe(site)
      expect(email.subject.trim()).not.toBe("")
      expect(email.html).toContain("<!doctype html>")
      expect(email.text).not.toContain("<")
      const brand = site === "consumer" ? "Hybrid Coffee Roasters" : "Hybrid Roasters Trade"
      expect(email.html).toContain(brand)
      expect(email.text.startsWith(brand)).toBe(true)
      const origin = site === "consumer" ? "https://shop.example.com" : "https://trade.example.com"
      for (const [, href] of email.html.matchAll(/href="([^"]+)"/g)) {
        expect(href, `${id} (${site}) link`).toMatch(/^https:\/\//)
        if (!href.startsWith("https://api.example.com/app") && !href.startsWith("https://track.example.com")) {
          expect(href.startsWith(origin), `${id} (${site}) links to ${href}`).toBe(true)
        }
      }
      // The text part has every link the HTML has (a reader without HTML can act too).
      for (const [, href] of email.html.matchAll(/<a href="([^"]+)"[^>]*>(?!https?:)/g)) {
        expect(email.text).toContain(href.replace(/&amp;/g, "&"))
      }
    }
  })

  it("takes the template's own site when data says none, and links the password reset to the given page", () => {
    const reset = renderEmail(
      {
        template: "auth.password_reset",
        data: { reset_url: "https://trade.example.com/reset-password?token=a.b&x=1", site: "trade" },
      },
      targets
    )
    expect(reset.html).toContain('href="https://trade.example.com/reset-password?token=a.b&amp;x=1"')
    expect(reset.text).toContain("https://trade.example.com/reset-password?token=a.b&x=1")
    expect(renderEmail({ template: "quote.counter_offer_sent", data: {} }, targets).site).toBe("trade")
    expect(renderEmail({ template: "order.confirmation", data: {} }, targets).site).toBe("consumer")
  })

  it("shows PO number and due date on the on-account confirmation", () => {
    const email = renderEmail({ template: "order.confirmation_on_account", data: SAMPLE }, targets)
    expect(email.text).toContain("PO number: PO-7731")
    expect(email.text).toContain("Due date: 5 January 2027")
    expect(email.text).toContain("Total: 123.40 EUR")
    expect(email.html).toContain("PO-7731")
  })

  it("escapes what customers typed", () => {
    const email = renderEmail(
      { template: "quote.message_posted", data: { body: '<script>alert("x")</script>', author_name: "<b>Eve</b>" } },
      targets
    )
    expect(email.html).not.toContain("<script>")
    expect(email.html).toContain("&lt;script&gt;")
  })

  it("renders an unknown template from the notification's plain text", () => {
    const email = renderEmail(
      {
        template: "loyalty.points",
        data: { site: "trade" },
        content: { subject: "Points", text: "You have 5 points." },
      },
      targets
    )
    expect(email.subject).toBe("Points")
    expect(email.text).toContain("You have 5 points.")
    expect(email.html).toContain("Hybrid Roasters Trade")
  })
})
