import { z } from "@medusajs/framework/zod"

const booleanString = z.enum(["true", "false"]).transform((value) => value === "true")

/** GET /admin/companies/:id/commitments — the company's spend ledger, newest first. */
export const AdminListCommitments = z.object({
  on_account: booleanString.optional(),
  settled: booleanString.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListCommitmentsType = z.infer<typeof AdminListCommitments>
