import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pluginOptions } from "../lib/options"
import { retryDue } from "../lib/outbox"
import { sendMessage } from "../lib/transport"

/**
 * Every minute: sends again each email whose last attempt failed and whose backoff is over
 * (1, 2, 4, 8, 16 minutes with the defaults), until it is delivered or has had `maxAttempts`.
 */
export default async function retryEmails(container: MedusaContainer) {
  const options = pluginOptions(container)
  if (!options.smtpUrl) {
    return
  }
  const smtpUrl = options.smtpUrl
  const tally = await retryDue(
    container.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    (message) => sendMessage(smtpUrl, message),
    options
  )
  if (tally.sent + tally.retrying + tally.failed > 0) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Email retries: ${tally.sent} sent, ${tally.retrying} to retry, ${tally.failed} given up`)
  }
}

export const config = { name: "retry-emails", schedule: "* * * * *" }
