import { z } from "@medusajs/framework/zod"

/** POST /store/carts/:id/terms */
export const StoreAcceptTerms = z
  .object({
    version: z
      .string({ error: "version is required" })
      .trim()
      .min(1, "version is required")
      .max(40, "version: at most 40 characters"),
  })
  .strict()
export type StoreAcceptTermsType = z.infer<typeof StoreAcceptTerms>
