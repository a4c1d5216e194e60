import { z } from "@medusajs/framework/zod"

/** GET /store/companies/me/orders — newest first. */
export const StoreListCompanyOrders = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreListCompanyOrdersType = z.infer<typeof StoreListCompanyOrders>

/** POST /store/companies/me/orders/:id/reorder — without cart_id a new cart is created. */
export const StoreReorder = z
  .object({
    cart_id: z.string().trim().min(1).optional(),
  })
  .strict()
export type StoreReorderType = z.infer<typeof StoreReorder>
