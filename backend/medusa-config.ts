import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import type { CompanyAccountsOptions } from "@hybrid/company-accounts/types"
import type { TradePricingOptions } from "@hybrid/trade-pricing/types"
import type { InsightsOptions } from "@hybrid/insights/types"
import type { QuotesOptions } from "@hybrid/quotes/types"
import type { ApprovalsOptions } from "@hybrid/approvals/types"
import type { EmailOptions } from "@hybrid/email/types"
import {
  ConfigError,
  UPLOADS_ROUTE,
  authModule,
  redisModules,
  resolveBackendUrl,
  resolveCompression,
  resolveCors,
  resolveDatabaseUrl,
  resolveSecrets,
  resolveUploadDir,
  resolveWorkerMode,
} from "./src/lib/platform-config"
import { STOREFRONT_CHANNELS, TRADE_CUSTOMER_GROUP } from "./src/lib/channels"
import { siteUrl } from "./src/lib/sites"
import { type B2BPlugin, packageOf, resolvePluginSelection } from "./src/lib/plugin-selection"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

function configure() {
  const env = process.env
  const workerMode = resolveWorkerMode(env)
  const backendUrl = resolveBackendUrl(env)
  // HC_PLUGINS picks the B2B plugins (default: all); see src/lib/plugin-selection.ts.
  const selected = resolvePluginSelection(env)
  const tradeStorefrontUrl = env.TRADE_STOREFRONT_URL ?? "http://localhost:4322"
  // Real email (plugins/email): SMTP_URL, a sender per site, links to each site's public origin.
  const emailOptions = {
    smtpUrl: env.SMTP_URL?.trim() || undefined,
    from: { consumer: env.MAIL_FROM_CONSUMER, trade: env.MAIL_FROM_TRADE },
    siteUrls: { consumer: siteUrl("consumer", env), trade: siteUrl("trade", env) },
    adminUrl: `${backendUrl}/app`,
    tradeSalesChannelName: STOREFRONT_CHANNELS.trade.salesChannel,
  } satisfies EmailOptions
  // The SMTP provider replaces the local one (which logs) when the email plugin is selected and
  // SMTP_URL is set; without SMTP_URL a bare start and the tests need no mail server.
  const sendsRealEmail = selected.has("email") && !!emailOptions.smtpUrl
  const pluginOptions: Record<B2BPlugin, Record<string, unknown>> = {
    "company-accounts": {
      tradeCustomerGroupName: TRADE_CUSTOMER_GROUP,
      tradeStorefrontUrl,
    } satisfies CompanyAccountsOptions,
    "trade-pricing": {
      tradeSalesChannelName: STOREFRONT_CHANNELS.trade.salesChannel,
      tradeCustomerGroupName: TRADE_CUSTOMER_GROUP,
    } satisfies TradePricingOptions,
    // The B2B vs B2C dashboard and the customer/company 360 views in the admin.
    insights: {
      consumerChannelName: STOREFRONT_CHANNELS.consumer.salesChannel,
      tradeChannelName: STOREFRONT_CHANNELS.trade.salesChannel,
    } satisfies InsightsOptions,
    // Request for quote → counter-offer → accept into an order at the quoted prices.
    quotes: { tradeStorefrontUrl } satisfies QuotesOptions,
    // Company approval rules enforced at checkout, and the merchant's review before fulfilment.
    approvals: { tradeStorefrontUrl } satisfies ApprovalsOptions,
    // Order and shipment emails, the SMTP outbox's retries and the admin's Emails page.
    email: emailOptions,
  }
  return defineConfig({
    projectConfig: {
      databaseUrl: resolveDatabaseUrl(env),
      redisUrl: env.REDIS_URL,
      workerMode,
      http: {
        ...resolveCors(env),
        ...resolveSecrets(env),
        // Brotli/gzip JSON for clients that ask (JSON shrinks ~10×); HTTP_COMPRESSION=false turns it off.
        compression: resolveCompression(env),
      },
    },
    plugins: [...selected].map((plugin) => ({ resolve: packageOf(plugin), options: pluginOptions[plugin] })),
    admin: {
      path: "/app",
      backendUrl: env.MEDUSA_ADMIN_BACKEND_URL ?? "/",
      disable: workerMode === "worker" || env.ADMIN_DISABLED === "true",
    },
    modules: [
      ...redisModules(env),
      // Sign-in: Medusa's email/password provider; HC_PASSWORD_HASH_COST sets its scrypt cost.
      authModule(env),
      {
        // Catalog search (GET /store/search): index definitions in src/search/, PostgreSQL full text
        // + pg_trgm typo tolerance; `db:migrate` creates the indexes, the module seeds and syncs them.
        resolve: "@medusajs/medusa/search",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/search-postgres",
              id: "postgres",
              options: { engine: "native", language: "english" },
            },
          ],
        },
      },
      {
        resolve: "@medusajs/medusa/file",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/file-local",
              id: "local",
              options: {
                upload_dir: resolveUploadDir(env, process.cwd()),
                backend_url: `${backendUrl}${UPLOADS_ROUTE}`,
              },
            },
          ],
        },
      },
      {
        resolve: "@medusajs/medusa/notification",
        options: {
          providers: [
            sendsRealEmail
              ? {
                  resolve: "@hybrid/email/providers/smtp",
                  id: "smtp",
                  options: { ...emailOptions, channels: ["email"] },
                }
              : { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } },
          ],
        },
      },
      {
        // Medusa always registers its system provider (pp_system_default) besides these.
        resolve: "@medusajs/medusa/payment",
        options: {
          // Pay on account for trade companies with net terms (pp_on-account_on-account), when
          // company accounts are installed.
          providers: selected.has("company-accounts")
            ? [{ resolve: "@hybrid/company-accounts/providers/on-account", id: "on-account" }]
            : [],
        },
      },
    ],
  })
}

let config: ReturnType<typeof configure>
try {
  config = configure()
} catch (error) {
  if (error instanceof ConfigError) {
    // One line, no stack: the operator needs to know which variable to fix.
    console.error(`[hybrid-commerce] ${error.message}`)
    process.exit(1)
  }
  throw error
}

module.exports = config
