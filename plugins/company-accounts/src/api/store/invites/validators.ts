import { z } from "@medusajs/framework/zod"
import { password, text } from "../../../lib/validators"

/** POST /store/invites/:token/accept — the invitee's new login (the email is the invite's). */
export const StoreAcceptInvite = z
  .object({
    password: password("password"),
    first_name: text("first_name"),
    last_name: text("last_name"),
  })
  .strict()
export type StoreAcceptInviteType = z.infer<typeof StoreAcceptInvite>
