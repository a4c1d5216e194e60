import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EMAIL_DELIVERY_MODULE } from "../../../constants"
import type EmailDeliveryModuleService from "../../../modules/email-delivery/service"
import type { AdminListEmailsType } from "./validators"

/** The fields the admin's Emails page shows (never the message bodies). */
export const EMAIL_LIST_FIELDS = [
  "id",
  "notification_id",
  "to",
  "template",
  "site",
  "subject",
  "status",
  "attempts",
  "last_error",
  "next_attempt_at",
  "sent_at",
  "created_at",
] as const

/**
 * GET /admin/emails?status=&limit=&offset= → { emails, count, limit, offset }: the emails sent over
 * SMTP, newest first, each with its delivery state (sent, retrying, sending, failed), the number of
 * attempts, the last SMTP error and the time of the next attempt.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListEmailsType>, res: MedusaResponse) {
  const { limit, offset, status } = req.validatedQuery as AdminListEmailsType
  const service = req.scope.resolve<EmailDeliveryModuleService>(EMAIL_DELIVERY_MODULE)
  const [emails, count] = await service.listAndCountEmailDeliveries(status ? { status } : {}, {
    select: [...EMAIL_LIST_FIELDS],
    order: { created_at: "DESC" },
    take: limit,
    skip: offset,
  })
  res.json({ emails, count, limit, offset })
}
