import { z } from "@medusajs/framework/zod"

/** Query of GET /store/products/:id/bought-together. */
export const StoreGetBoughtTogether = z.object({
  limit: z.coerce.number().int().min(1).max(24).default(4),
})
export type StoreGetBoughtTogetherType = z.infer<typeof StoreGetBoughtTogether>
