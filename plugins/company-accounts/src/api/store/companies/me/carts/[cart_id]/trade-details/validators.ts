import { z } from "@medusajs/framework/zod"

/**
 * POST /store/companies/me/carts/:cart_id/trade-details. `po_number` may be left out unless the
 * company requires one (checked by the route and again when the cart is completed).
 */
export const StoreTradeDetails = z
  .object({
    company_address_id: z.string().trim().min(1),
    po_number: z.string().trim().max(64).nullish(),
  })
  .strict()
export type StoreTradeDetailsType = z.infer<typeof StoreTradeDetails>
