import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { recordFirstAttempt } from "../../lib/outbox"
import { sendMessage } from "../../lib/transport"
import { renderEmail } from "../../templates"
import { type EmailOptions, type ResolvedEmailOptions, resolveEmailOptions } from "../../types"

type Cradle = { logger: Logger; [ContainerRegistrationKeys.PG_CONNECTION]: Knex }

/**
 * Medusa Notification Module provider for channel "email" that sends real mail over SMTP
 * (nodemailer): each notification is rendered from its template id (`src/templates/`, HTML and
 * text in the site's look, `data.site` picking the site) and sent from that site's address.
 *
 * Contract: `send` never fails because the mail server does. The first attempt's outcome is
 * written to the delivery log; a failed one is retried by the `retry-emails` job with backoff, so
 * an order, a quote acceptance or an approval never waits for or rolls back with the mail
 * server. The answer's `id` is the SMTP message id, or `retry:<delivery id>` while it is queued.
 */
export class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "smtp"

  protected readonly options_: ResolvedEmailOptions & { smtpUrl: string }
  protected readonly logger_: Logger
  protected readonly cradle_: Cradle

  static validateOptions(options: Record<string, unknown>): void {
    if (typeof options.smtpUrl !== "string" || !options.smtpUrl) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP notification provider needs smtpUrl (SMTP_URL)")
    }
  }

  constructor(cradle: Cradle, options: EmailOptions) {
    super()
    this.cradle_ = cradle
    this.logger_ = cradle.logger
    this.options_ = resolveEmailOptions(options) as ResolvedEmailOptions & { smtpUrl: string }
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const rendered = renderEmail(
      { template: notification.template, data: notification.data, content: notification.content },
      { siteUrls: this.options_.siteUrls, adminUrl: this.options_.adminUrl }
    )
    const message = {
      from: notification.from || this.options_.from[rendered.site],
      to: notification.to,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
    }
    const record = {
      ...message,
      notification_id: (notification as { id?: string }).id ?? null,
      template: notification.template ?? null,
      site: rendered.site,
    }
    let outcome: { messageId: string } | { error: unknown }
    try {
      outcome = { messageId: await sendMessage(this.options_.smtpUrl, message) }
    } catch (error) {
      outcome = { error }
      this.logger_.warn(`Email "${message.subject}" to ${message.to} not sent yet (will retry): ${String(error)}`)
    }
    try {
      const deliveryId = await recordFirstAttempt(
        this.cradle_[ContainerRegistrationKeys.PG_CONNECTION],
        record,
        outcome,
        this.options_
      )
      return { id: "messageId" in outcome ? outcome.messageId : `retry:${deliveryId}` }
    } catch (error) {
      // The log is bookkeeping: a sent email stays sent; an unsent one without a log row is lost
      // to the retry job, which is worth an error line but not a failed order.
      this.logger_.error(`Email delivery log not written for ${message.to}: ${String(error)}`)
      return { id: "messageId" in outcome ? outcome.messageId : "" }
    }
  }
}
