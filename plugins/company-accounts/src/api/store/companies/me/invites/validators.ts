import { z } from "@medusajs/framework/zod"
import { amount, email, role } from "../../../../../lib/validators"

/** POST /store/companies/me/invites */
export const StoreCreateInvite = z
  .object({
    email: email("email"),
    role: role("role"),
    spending_limit: amount("spending_limit").nullable().optional(),
  })
  .strict()
export type StoreCreateInviteType = z.infer<typeof StoreCreateInvite>
