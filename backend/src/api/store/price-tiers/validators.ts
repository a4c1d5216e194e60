import { z } from "@medusajs/framework/zod"

const toArray = (value: unknown) => (Array.isArray(value) ? value : value === undefined ? [] : [value])

export const StoreGetPriceTiers = z.object({
  region_id: z.string().min(1, "region_id is required"),
  variant_id: z.preprocess(
    toArray,
    z
      .array(z.string().min(1))
      .min(1, "variant_id: give at least one variant")
      .max(100, "variant_id: at most 100 variants")
  ),
})
export type StoreGetPriceTiersType = z.infer<typeof StoreGetPriceTiers>
