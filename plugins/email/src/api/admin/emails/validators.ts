import { z } from "@medusajs/framework/zod"
import { limitParam, offsetParam } from "@hybrid/plugin-kit/fields"
import { DELIVERY_STATUSES } from "../../../modules/email-delivery/models/email-delivery"

/** GET /admin/emails */
export const AdminListEmails = z
  .object({
    limit: limitParam(100, 50),
    offset: offsetParam(),
    status: z.enum(DELIVERY_STATUSES, { error: `status: expected one of ${DELIVERY_STATUSES.join(", ")}` }).optional(),
  })
  .strict()
export type AdminListEmailsType = z.infer<typeof AdminListEmails>
