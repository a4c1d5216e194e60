import { z } from "@medusajs/framework/zod"
import { email } from "@hybrid/plugin-kit/fields"

/** POST /store/password-reset */
export const StoreRequestPasswordReset = z.object({ email: email("email") }).strict()
export type StoreRequestPasswordResetType = z.infer<typeof StoreRequestPasswordReset>

/** The rule every new password meets (the trade application's too). */
export const newPassword = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .min(8, `${field}: at least 8 characters`)
    .max(200, `${field}: at most 200 characters`)

/** POST /store/password-reset/confirm */
export const StoreConfirmPasswordReset = z
  .object({
    token: z
      .string({ error: "token is required" })
      .trim()
      .min(1, "token is required")
      .max(4000, "token: at most 4000 characters"),
    password: newPassword("password"),
  })
  .strict()
export type StoreConfirmPasswordResetType = z.infer<typeof StoreConfirmPasswordReset>
