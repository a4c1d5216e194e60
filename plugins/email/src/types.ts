/**
 * Options of the email plugin and of its SMTP provider, set in the backend's medusa-config.ts
 * (the same object for both: the provider sends, the plugin's subscribers, job and admin read it):
 *
 * ```ts
 * plugins: [{ resolve: "@hybrid/email", options: emailOptions satisfies EmailOptions }]
 * modules: [{ resolve: "@medusajs/medusa/notification", options: { providers: [
 *   { resolve: "@hybrid/email/providers/smtp", id: "smtp", options: { ...emailOptions, channels: ["email"] } },
 * ] } }]
 * ```
 */
export type EmailOptions = {
  /**
   * Where mail goes, as a nodemailer SMTP URL (`smtp://user:pass@host:587`, `smtps://…:465`); from
   * `SMTP_URL`. Without it the backend keeps Medusa's `local` provider (notifications are logged).
   */
  smtpUrl?: string
  /** The sender per site. Default `"Hybrid Coffee Roasters" <shop@example.com>` / `"Hybrid Roasters Trade" <trade@example.com>`. */
  from?: { consumer?: string; trade?: string }
  /** Each site's public origin, for links. Default http://localhost:4321 and http://localhost:4322. */
  siteUrls?: { consumer?: string; trade?: string }
  /** The admin dashboard, for links in emails to the merchant. Default http://localhost:9000/app. */
  adminUrl?: string
  /** Sending attempts per email before it is marked failed (the first included). Default 6. */
  maxAttempts?: number
  /** Wait before the second attempt; doubles after each failure (1, 2, 4, 8, 16 min). Default 60 s. */
  retryBaseSeconds?: number
  /** The sales channel whose orders get the trade confirmation. Default "Trade". */
  tradeSalesChannelName?: string
}

export type ResolvedEmailOptions = {
  smtpUrl: string | undefined
  from: { consumer: string; trade: string }
  siteUrls: { consumer: string; trade: string }
  adminUrl: string
  maxAttempts: number
  retryBaseSeconds: number
  tradeSalesChannelName: string
}

export const DEFAULT_OPTIONS: ResolvedEmailOptions = {
  smtpUrl: undefined,
  from: {
    consumer: '"Hybrid Coffee Roasters" <shop@example.com>',
    trade: '"Hybrid Roasters Trade" <trade@example.com>',
  },
  siteUrls: { consumer: "http://localhost:4321", trade: "http://localhost:4322" },
  adminUrl: "http://localhost:9000/app",
  maxAttempts: 6,
  retryBaseSeconds: 60,
  tradeSalesChannelName: "Trade",
}

/** Every option filled with its default (nested objects merged field by field). */
export function resolveEmailOptions(given: EmailOptions = {}): ResolvedEmailOptions {
  const defined = <T extends object>(value: T | undefined) =>
    Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined && v !== "")) as Partial<T>
  return {
    smtpUrl: given.smtpUrl || undefined,
    from: { ...DEFAULT_OPTIONS.from, ...defined(given.from) },
    siteUrls: { ...DEFAULT_OPTIONS.siteUrls, ...defined(given.siteUrls) },
    adminUrl: given.adminUrl || DEFAULT_OPTIONS.adminUrl,
    maxAttempts: given.maxAttempts ?? DEFAULT_OPTIONS.maxAttempts,
    retryBaseSeconds: given.retryBaseSeconds ?? DEFAULT_OPTIONS.retryBaseSeconds,
    tradeSalesChannelName: given.tradeSalesChannelName || DEFAULT_OPTIONS.tradeSalesChannelName,
  }
}
