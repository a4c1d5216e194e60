import type { IAuthModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

/**
 * Deletes the login of a customer: every auth identity whose `app_metadata.customer_id` is the
 * customer, with its email + password provider identity, so the email can no longer sign in (and
 * can register anew). Runs last in its workflow: nothing after it can fail, so it needs no
 * compensation (a deleted password hash cannot be restored anyway).
 */
export const deleteCustomerAuthIdentityStep = createStep(
  "delete-customer-auth-identity",
  async ({ customer_id }: { customer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "auth_identity",
      fields: ["id", "app_metadata"],
      filters: { app_metadata: { customer_id } } as Record<string, unknown>,
    })
    const ids = (data as { id: string; app_metadata?: Record<string, unknown> | null }[])
      .filter((identity) => identity.app_metadata?.customer_id === customer_id)
      .map((identity) => identity.id)
    if (ids.length) {
      await container.resolve<IAuthModuleService>(Modules.AUTH).deleteAuthIdentities(ids)
    }
    return new StepResponse({ deleted: ids.length })
  }
)
