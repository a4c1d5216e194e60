import { z } from "@medusajs/framework/zod"
import { limitParam, offsetParam } from "@hybrid/plugin-kit/fields"

const booleanString = z.enum(["true", "false"]).transform((value) => value === "true")

/** GET /admin/companies/:id/commitments — the company's spend ledger, newest first. */
export const AdminListCommitments = z.object({
  on_account: booleanString.optional(),
  settled: booleanString.optional(),
  limit: limitParam(),
  offset: offsetParam(),
})
export type AdminListCommitmentsType = z.infer<typeof AdminListCommitments>
