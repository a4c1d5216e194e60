import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { searchVariants } from "../../../../lib/catalog"
import { rulesByVariant } from "../../../../lib/context"
import type { StoreSearchVariantsType } from "../../validators"

/**
 * GET /store/trade-pricing/variants?q=&limit=10 — quick order typeahead over the publishable key's
 * sales channels → { variants: [{ id, sku, title, product_title, product_handle, thumbnail, quantity_rule }] }
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreSearchVariantsType>, res: MedusaResponse) {
  const { q, limit } = req.validatedQuery as StoreSearchVariantsType
  const channelIds: string[] = req.publishable_key_context?.sales_channel_ids ?? []
  const variants = await searchVariants(req.scope, q, channelIds, limit)
  const rules = await rulesByVariant(
    req.scope,
    variants.map((v) => v.id)
  )
  res.json({
    variants: variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      title: v.title,
      product_title: v.product_title,
      product_handle: v.product_handle,
      thumbnail: v.thumbnail,
      quantity_rule: rules.get(v.id) ?? null,
    })),
  })
}
