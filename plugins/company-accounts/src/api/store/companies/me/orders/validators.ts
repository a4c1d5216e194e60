import { z } from "@medusajs/framework/zod"
import { id, limitParam, offsetParam } from "@hybrid/plugin-kit/fields"

/** GET /store/companies/me/orders — newest first. */
export const StoreListCompanyOrders = z.object({
  limit: limitParam(),
  offset: offsetParam(),
})
export type StoreListCompanyOrdersType = z.infer<typeof StoreListCompanyOrders>

/** POST /store/companies/me/orders/:id/reorder — without cart_id a new cart is created. */
export const StoreReorder = z
  .object({
    cart_id: id("cart_id", "cart").optional(),
  })
  .strict()
export type StoreReorderType = z.infer<typeof StoreReorder>
