import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { AuthWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { emailNotification } from "@hybrid/plugin-kit/notifications"
import type { StorefrontChannel } from "../lib/channels"
import { siteUrl } from "../lib/sites"

/** Template id of the reset email (rendered by the email plugin when installed). */
export const PASSWORD_RESET_TEMPLATE = "auth.password_reset"

type PasswordResetEvent = {
  entity_id: string
  actor_type: string
  token: string
  metadata?: { site?: unknown }
}

/** Minutes a reset link works (Medusa's reset token lifetime, RESET_PASSWORD_TOKEN_TTL_SECONDS). */
export const RESET_LINK_MINUTES = 15

/** The link in the email: the requesting site's reset page, carrying the single-use token. */
export function resetUrl(site: StorefrontChannel, token: string, env = process.env): string {
  return `${siteUrl(site, env)}/reset-password?token=${encodeURIComponent(token)}`
}

/**
 * `auth.password_reset` (Medusa's reset-token workflow, from POST /store/password-reset or Medusa's
 * own reset route) for a customer login → the reset email to that login's address, linking to the
 * reset page of the site the request came from (`metadata.site`; the consumer site when unknown).
 * Admin users' resets are Medusa's dashboard's business and are not emailed here.
 */
export default async function passwordResetEmail({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  const { entity_id: email, actor_type, token, metadata } = event.data
  if (actor_type !== "customer") {
    return
  }
  const site: StorefrontChannel = metadata?.site === "trade" ? "trade" : "consumer"
  const url = resetUrl(site, token)
  await container.resolve<INotificationModuleService>(Modules.NOTIFICATION).createNotifications([
    emailNotification({
      to: email,
      template: PASSWORD_RESET_TEMPLATE,
      resource: { id: email, type: "account" },
      subject: "Choose a new password",
      text: `Someone (we hope you) asked to reset the password of this account. Choose a new password at ${url} within ${RESET_LINK_MINUTES} minutes; the link works once. If it was not you, ignore this email: your password stays as it is.`,
      data: { site, reset_url: url, expires_in_minutes: RESET_LINK_MINUTES },
    }),
  ])
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
