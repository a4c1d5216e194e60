import { z } from "@medusajs/framework/zod"
import { id, optionalText } from "@hybrid/plugin-kit/fields"

/**
 * POST /store/companies/me/carts/:cart_id/trade-details. `po_number` may be left out unless the
 * company requires one (checked by the route and again when the cart is completed).
 */
export const StoreTradeDetails = z
  .object({
    company_address_id: id("company_address_id"),
    po_number: optionalText("po_number", 64),
  })
  .strict()
export type StoreTradeDetailsType = z.infer<typeof StoreTradeDetails>
