import { TEMPLATES, type TemplateContext } from "./catalog"
import { BRANDS, type EmailBody, type RenderedEmail, renderLayout, type Site } from "./layout"

export { BRANDS, TEMPLATES, renderLayout }
export type { EmailBody, RenderedEmail, Site, TemplateContext }

/** Where links point: each site's public origin and the admin dashboard. */
export type LinkTargets = { siteUrls: Record<Site, string>; adminUrl: string }

/** A notification as the provider receives it (the fields rendering reads). */
export type NotificationInput = {
  template?: string | null
  data?: Record<string, unknown> | null
  content?: { subject?: string; text?: string } | null
}

const isSite = (value: unknown): value is Site => value === "consumer" || value === "trade"

/** The site an email speaks for: `data.site` when given, else the template's own, else consumer. */
export function siteOf(notification: NotificationInput): Site {
  const wanted = notification.data?.site
  if (isSite(wanted)) {
    return wanted
  }
  return TEMPLATES[notification.template ?? ""]?.site ?? "consumer"
}

/**
 * The subject, HTML and text of a notification: its template in its site's look with links to that
 * site; an unknown template id is rendered from the notification's plain-text `content` (every
 * plugin sends one), so a new email is never lost for want of a template.
 */
export function renderEmail(notification: NotificationInput, targets: LinkTargets): RenderedEmail & { site: Site } {
  const site = siteOf(notification)
  const siteUrl = targets.siteUrls[site].replace(/\/+$/, "")
  const template = TEMPLATES[notification.template ?? ""]
  const body: EmailBody = template
    ? template.render(notification.data ?? {}, { siteUrl, adminUrl: targets.adminUrl.replace(/\/+$/, "") })
    : {
        subject: notification.content?.subject ?? BRANDS[site].name,
        heading: notification.content?.subject ?? BRANDS[site].name,
        paragraphs: (notification.content?.text ?? "").split(/\n{2,}/).filter(Boolean),
      }
  return { ...renderLayout(body, site, siteUrl), site }
}
