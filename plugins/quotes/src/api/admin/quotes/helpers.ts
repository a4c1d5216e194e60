import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { UserDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The admin user acting, as the history and thread record them: id and name (else email). */
export async function adminActor(req: AuthenticatedMedusaRequest): Promise<{ id: string; name: string }> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "user",
    fields: ["id", "first_name", "last_name", "email"],
    filters: { id: req.auth_context.actor_id },
  })
  const user: Pick<UserDTO, "first_name" | "last_name" | "email"> | undefined = data[0]
  const name = [user?.first_name, user?.last_name].filter(Boolean).join(" ") || user?.email || req.auth_context.actor_id
  return { id: req.auth_context.actor_id, name }
}
