import { z } from "@medusajs/framework/zod"
import { id, text } from "@hybrid/plugin-kit/fields"

export const StoreConfirmVerification = z
  .object({
    token: text("token", 200).regex(/^[A-Za-z0-9_-]+$/, "token: not a verification token"),
  })
  .strict()
export type StoreConfirmVerificationType = z.infer<typeof StoreConfirmVerification>

export const StoreDeleteAccount = z
  .object({
    password: z
      .string({ error: "password is required" })
      .min(1, "password is required")
      .max(256, "password: at most 256 characters"),
  })
  .strict()
export type StoreDeleteAccountType = z.infer<typeof StoreDeleteAccount>

export const StoreMergeCart = z.object({ cart_id: id("cart_id", "cart") }).strict()
export type StoreMergeCartType = z.infer<typeof StoreMergeCart>

export const StoreEmptyBody = z.object({}).strict()
