import { z } from "@medusajs/framework/zod"
import { amount, limitParam, offsetParam, optionalText, text } from "@hybrid/plugin-kit/fields"
import { APPROVAL_STATUSES, ROLES } from "../../../constants"

const roles = (field: string) =>
  z
    .array(z.enum(ROLES, { error: `${field}: expected roles among ${ROLES.join(", ")}` }), {
      error: `${field}: expected a list of roles`,
    })
    .max(ROLES.length, `${field}: at most ${ROLES.length} roles`)
    .transform((list) => [...new Set(list)])

/** POST /store/approvals/settings (company admins). */
export const StoreSaveApprovalSettings = z
  .object({
    amount_threshold: amount("amount_threshold").nullable(),
    amount_applies_to: roles("amount_applies_to").optional(),
    always_roles: roles("always_roles").optional(),
  })
  .strict()
export type StoreSaveApprovalSettingsType = z.infer<typeof StoreSaveApprovalSettings>

const LIST_STATUSES = [...APPROVAL_STATUSES, "all"] as const

/** GET /store/approvals?status=&limit=&offset= */
export const StoreListApprovals = z.object({
  status: z.enum(LIST_STATUSES, { error: `status: expected one of ${LIST_STATUSES.join(", ")}` }).default("pending"),
  limit: limitParam(),
  offset: offsetParam(),
})
export type StoreListApprovalsType = z.infer<typeof StoreListApprovals>

/** POST /store/approvals/:id/approve */
export const StoreApproveApproval = z
  .object({
    comment: optionalText("comment", 2000, { multiline: true }),
  })
  .strict()
export type StoreApproveApprovalType = z.infer<typeof StoreApproveApproval>

/** POST /store/approvals/:id/reject — the requester is told why. */
export const StoreRejectApproval = z
  .object({
    comment: text("comment", 2000, { multiline: true }),
  })
  .strict()
export type StoreRejectApprovalType = z.infer<typeof StoreRejectApproval>

/** POST /store/carts/:id/approval */
export const StoreSubmitApproval = z
  .object({
    comment: optionalText("comment", 2000, { multiline: true }),
  })
  .strict()
export type StoreSubmitApprovalType = z.infer<typeof StoreSubmitApproval>
