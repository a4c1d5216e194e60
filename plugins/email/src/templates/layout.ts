/**
 * One layout for every email: a branded header, a heading, paragraphs, an optional table of facts
 * and an optional button, rendered as HTML (inline styles, table layout: what mail clients
 * display) and as plain text from the same blocks, so both parts always say the same.
 */
export type Site = "consumer" | "trade"

/** How a site looks in an email. */
export type Brand = { name: string; tagline: string; accent: string; accentInk: string; bar: string; barInk: string }

/** The sites' looks, from their stylesheets (consumer: roaster terracotta; trade: navy bar, blue accent). */
export const BRANDS: Record<Site, Brand> = {
  consumer: {
    name: "Hybrid Coffee Roasters",
    tagline: "Specialty coffee, roasted in small batches every week.",
    accent: "#b4532a",
    accentInk: "#ffffff",
    bar: "#fbf7f2",
    barInk: "#8f3e1c",
  },
  trade: {
    name: "Hybrid Roasters Trade",
    tagline: "Trade accounts for cafés, restaurants and offices.",
    accent: "#0b5cad",
    accentInk: "#ffffff",
    bar: "#17212b",
    barInk: "#e8edf2",
  },
}

/** What a template produces: the blocks the layout renders. */
export type EmailBody = {
  subject: string
  heading: string
  paragraphs: string[]
  /** Label / value rows (order number, PO number, due date, tracking…). */
  facts?: [string, string][]
  /** The one thing to do, as an absolute URL. */
  action?: { label: string; url: string }
  /** Small print under the button (e.g. "the link works once, for 15 minutes"). */
  footnote?: string
}

export type RenderedEmail = { subject: string; html: string; text: string }

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
}

/** Renders the blocks in the site's look. `siteUrl` is the site's origin (the header links to it). */
export function renderLayout(body: EmailBody, site: Site, siteUrl: string): RenderedEmail {
  const brand = BRANDS[site]
  const paragraphs = body.paragraphs
    .map((p) => `<p style="margin:0 0 16px;font-size:16px;line-height:1.5;color:#1b2430">${escapeHtml(p)}</p>`)
    .join("\n")
  const facts = body.facts?.length
    ? `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 0 20px;border-collapse:collapse;width:100%">${body.facts
        .map(
          ([label, value]) =>
            `<tr><td style="padding:6px 12px 6px 0;font-size:14px;color:#55606d;white-space:nowrap">${escapeHtml(label)}</td><td style="padding:6px 0;font-size:14px;color:#1b2430;font-weight:600">${escapeHtml(value)}</td></tr>`
        )
        .join("")}</table>`
    : ""
  const action = body.action
    ? `<p style="margin:8px 0 20px"><a href="${escapeHtml(body.action.url)}" style="display:inline-block;padding:12px 20px;background:${brand.accent};color:${brand.accentInk};text-decoration:none;border-radius:4px;font-weight:600;font-size:16px">${escapeHtml(body.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#55606d;word-break:break-all">If the button does not work, open this address: <a href="${escapeHtml(body.action.url)}" style="color:${brand.accent}">${escapeHtml(body.action.url)}</a></p>`
    : ""
  const footnote = body.footnote
    ? `<p style="margin:0 0 16px;font-size:13px;color:#55606d">${escapeHtml(body.footnote)}</p>`
    : ""
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(body.subject)}</title></head>
<body style="margin:0;padding:0;background:#f3f5f7;font-family:Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f5f7"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border-radius:6px;overflow:hidden">
<tr><td style="background:${brand.bar};padding:16px 24px"><a href="${escapeHtml(siteUrl)}" style="color:${brand.barInk};text-decoration:none;font-size:18px;font-weight:700">${escapeHtml(brand.name)}</a></td></tr>
<tr><td style="padding:24px">
<h1 style="margin:0 0 16px;font-size:22px;color:#1b2430">${escapeHtml(body.heading)}</h1>
${paragraphs}
${facts}
${action}
${footnote}
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #d5dbe1;font-size:12px;color:#55606d">${escapeHtml(brand.name)} · ${escapeHtml(brand.tagline)} · <a href="${escapeHtml(siteUrl)}" style="color:#55606d">${escapeHtml(siteUrl)}</a></td></tr>
</table></td></tr></table>
</body></html>`

  const text = [
    brand.name,
    "",
    body.heading,
    "",
    ...body.paragraphs.flatMap((p) => [p, ""]),
    ...(body.facts?.length ? [...body.facts.map(([label, value]) => `${label}: ${value}`), ""] : []),
    ...(body.action ? [`${body.action.label}: ${body.action.url}`, ""] : []),
    ...(body.footnote ? [body.footnote, ""] : []),
    "--",
    `${brand.name} · ${siteUrl}`,
  ].join("\n")
  return { subject: body.subject, html, text }
}
