import type { INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { call } from "@hybrid/test-kit/fixtures"
import { APPROVAL_MODULE } from "../../src/constants"
import type ApprovalModuleService from "../../src/modules/approval/service"

/** The approval module's service, typed. */
export function approvalModule(container: MedusaContainer) {
  return container.resolve<ApprovalModuleService>(APPROVAL_MODULE)
}

/** A request's answer as { status, data }, whether it succeeded or failed. */
export const answer = call

/** Notifications sent with `template`, oldest first. */
export async function sentNotifications(container: MedusaContainer, template: string) {
  return container
    .resolve<INotificationModuleService>(Modules.NOTIFICATION)
    .listNotifications({ template }, { order: { created_at: "ASC" } })
}

/** Order fields an admin test reads. */
export async function orderOf(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "display_id",
      "total",
      "currency_code",
      "items.id",
      "items.quantity",
      "fulfillments.id",
      "metadata",
    ],
    filters: { id: orderId },
  })
  return data[0]
}
