import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { foreignCompanyGroupIds } from "@hybrid/plugin-kit/group-pricing"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { requestGroupPricesApply } from "../../../lib/consumer-pricing"
import { computePriceTiers } from "../../../lib/price-tiers"
import type { StoreGetPriceTiersType } from "./validators"

type TieredVariant = {
  id: string
  price_set?: { id: string } | null
  product?: { sales_channels?: ({ id: string } | null)[] | null } | null
}

/**
 * GET /store/price-tiers?region_id=&variant_id=… — the quantity tiers the current buyer gets for
 * each variant (net amounts). Guests and customers outside any price list get the base price only.
 * Variants outside the publishable key's sales channels are answered as not found.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetPriceTiersType>, res: MedusaResponse) {
  const { region_id, variant_id } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const salesChannelIds: string[] = req.publishable_key_context?.sales_channel_ids ?? []

  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code"],
    filters: { id: region_id },
  })
  if (!regions.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `region_id: region ${region_id} does not exist`)
  }

  const { data: variants }: { data: TieredVariant[] } = await query.graph({
    entity: "variant",
    fields: ["id", "price_set.id", "product.sales_channels.id"],
    filters: { id: variant_id },
  })
  const visible = variants.filter((v) => v.product?.sales_channels?.some((sc) => sc && salesChannelIds.includes(sc.id)))
  const missing = variant_id.filter((id) => !visible.some((v) => v.id === id))
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `variant_id: ${missing.join(", ")} not found in this sales channel`
    )
  }

  let customerGroupIds: string[] = []
  const customerId = req.auth_context?.actor_id
  // One identity: a customer's group prices only through the Trade channel's key.
  if (customerId && (await requestGroupPricesApply(req))) {
    const { data: groups } = await query.graph({
      entity: "customer_group",
      fields: ["id"],
      filters: { customers: { id: customerId } } as Record<string, unknown>,
    })
    // Of the person's company groups, only the company they act for now counts.
    const foreign = new Set(await foreignCompanyGroupIds(req.scope, customerId))
    customerGroupIds = groups.map((g) => g.id).filter((id) => !foreign.has(id))
  }

  const priceSetIds = visible.map((v) => v.price_set?.id).filter((id): id is string => !!id)
  const tiersBySet = await computePriceTiers(req.scope.resolve(Modules.PRICING), priceSetIds, {
    region_id,
    currency_code: regions[0].currency_code,
    customer_group_ids: customerGroupIds,
  })

  const tiers: Record<string, unknown> = {}
  for (const variant of visible) {
    tiers[variant.id] = (variant.price_set && tiersBySet.get(variant.price_set.id)) ?? []
  }
  res.json({ tiers })
}
