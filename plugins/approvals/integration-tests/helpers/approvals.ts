import type { INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  SYSTEM_PROVIDER,
  call,
  complete,
  readyCart,
  storeHeaders,
  type Api,
  type SeededCompany,
} from "@hybrid/test-kit/fixtures"
import { APPROVAL_MODULE } from "../../src/constants"
import type ApprovalModuleService from "../../src/modules/approval/service"

/** The approval module's service, typed. */
export function approvalModule(container: MedusaContainer) {
  return container.resolve<ApprovalModuleService>(APPROVAL_MODULE)
}

/** A request's answer as { status, data }, whether it succeeded or failed. */
export const answer = call

/** A trade cart of `who` in `company`, ready to complete (company address, standard delivery, payment session). */
export function tradeCart(
  api: Api,
  key: string,
  company: SeededCompany,
  who: string,
  opts: { regionId: string; variantId: string; quantity: number; provider?: string }
) {
  return readyCart(api, key, company.employees[who].token, {
    regionId: opts.regionId,
    items: [{ variant_id: opts.variantId, quantity: opts.quantity }],
    provider: opts.provider ?? SYSTEM_PROVIDER,
    trade: { company_address_id: company.addressId },
  })
}

/** POST /store/carts/:id/complete as { status, data }. */
export function completeAs(api: Api, key: string, company: SeededCompany, who: string, cartId: string) {
  return complete(api, key, company.employees[who].token, cartId)
}

/** The headers of an employee of a seeded company. */
export function asEmployee(key: string, company: SeededCompany, who: string) {
  return storeHeaders(key, company.employees[who].token)
}

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
