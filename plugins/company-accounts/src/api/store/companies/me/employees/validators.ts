import { z } from "@medusajs/framework/zod"
import { amount, role } from "../../../../../lib/validators"

/** POST /store/companies/me/employees/:id — spending_limit null removes the personal limit. */
export const StoreUpdateEmployee = z
  .object({
    role: role("role").optional(),
    spending_limit: amount("spending_limit").nullable().optional(),
  })
  .strict()
export type StoreUpdateEmployeeType = z.infer<typeof StoreUpdateEmployee>
