import { z } from "@medusajs/framework/zod"
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
    amount_threshold: z
      .number({ error: "amount_threshold: expected a number or null" })
      .finite("amount_threshold: expected a number")
      .min(0, "amount_threshold: must not be negative")
      .nullable(),
    amount_applies_to: roles("amount_applies_to").optional(),
    always_roles: roles("always_roles").optional(),
  })
  .strict()
export type StoreSaveApprovalSettingsType = z.infer<typeof StoreSaveApprovalSettings>

const LIST_STATUSES = [...APPROVAL_STATUSES, "all"] as const

/** GET /store/approvals?status=&limit=&offset= */
export const StoreListApprovals = z.object({
  status: z.enum(LIST_STATUSES, { error: `status: expected one of ${LIST_STATUSES.join(", ")}` }).default("pending"),
  limit: z.coerce.number({ error: "limit: expected a number" }).int().min(1).max(100).default(20),
  offset: z.coerce.number({ error: "offset: expected a number" }).int().min(0).default(0),
})
export type StoreListApprovalsType = z.infer<typeof StoreListApprovals>

/** POST /store/approvals/:id/approve */
export const StoreApproveApproval = z
  .object({
    comment: z
      .string({ error: "comment: expected text" })
      .trim()
      .max(2000, "comment: at most 2000 characters")
      .nullish(),
  })
  .strict()
export type StoreApproveApprovalType = z.infer<typeof StoreApproveApproval>

/** POST /store/approvals/:id/reject — the requester is told why. */
export const StoreRejectApproval = z
  .object({
    comment: z
      .string({ error: "comment is required" })
      .trim()
      .min(1, "comment is required: tell the requester why")
      .max(2000, "comment: at most 2000 characters"),
  })
  .strict()
export type StoreRejectApprovalType = z.infer<typeof StoreRejectApproval>

/** POST /store/carts/:id/approval */
export const StoreSubmitApproval = z
  .object({
    comment: z
      .string({ error: "comment: expected text" })
      .trim()
      .max(2000, "comment: at most 2000 characters")
      .nullish(),
  })
  .strict()
export type StoreSubmitApprovalType = z.infer<typeof StoreSubmitApproval>
