import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findVariants } from "../../../../lib/catalog"
import { pricingGroupIds, rulesByVariant } from "../../../../lib/context"
import { explainVariants, regionOr400 } from "../../../../lib/pricing"
import type { StoreExplainPricesType } from "../../validators"

/**
 * GET /store/trade-pricing/prices?region_id=&variant_id=…&quantity=1 — "why this price" for the
 * caller (guest, or the customer of the bearer/session): per variant their unit price at
 * `quantity`, RRP (consumer price, net and gross), saving, source list and tier, their own tier
 * table and the quantity rule. Amounts in major units, net unless named gross. Variants outside
 * the key's sales channels → 404 naming them.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreExplainPricesType>, res: MedusaResponse) {
  const { region_id, variant_id, quantity, country_code } = req.validatedQuery as StoreExplainPricesType
  const channelIds: string[] = req.publishable_key_context?.sales_channel_ids ?? []
  const region = await regionOr400(req.scope, region_id)
  const found = await findVariants(req.scope, { ids: variant_id }, channelIds)
  const missing = variant_id.filter((id) => !found.some((v) => v.id === id && v.visible))
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `variant_id: ${missing.join(", ")} not found in this sales channel`
    )
  }
  const [groups, rules] = await Promise.all([
    pricingGroupIds(req.scope, req.auth_context?.actor_id, channelIds),
    rulesByVariant(req.scope, variant_id),
  ])
  const explained = await explainVariants(req.scope, found, () => quantity, {
    region_id: region.id,
    currency_code: region.currency_code,
    customer_group_ids: groups,
    country_code: country_code ?? region.country_code,
  })
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    prices: variant_id.map((id) => ({ ...explained.get(id)!, quantity_rule: rules.get(id) ?? null })),
  })
}
