import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cartCompanyId } from "@hybrid/plugin-kit/company-context"
import { findVariants } from "../../../../../lib/catalog"
import { pricingGroupIds, ownOpenCartOr404, rulesByVariant } from "../../../../../lib/context"
import { nextTier } from "../../../../../lib/explain"
import { explainVariants, regionOr400 } from "../../../../../lib/pricing"

/**
 * GET /store/carts/:id/price-explanations — "why this price" per line of the caller's cart, at the
 * quantity the cart holds of that variant (as Medusa prices it):
 * { lines: [{ line_item_id, variant_id, sku, quantity, unit_price, rrp, saving, source, next_tier, quantity_rule }] }
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const cart = await ownOpenCartOr404(req.scope, req.params.id, req.auth_context?.actor_id)
  const lines = cart.items.filter((i) => i.variant_id)
  const variantIds = [...new Set(lines.map((l) => l.variant_id!))]
  const region = await regionOr400(req.scope, cart.region_id!)
  // Price the variants whatever channel they are in now: they are in the cart.
  const variants = await findVariants(req.scope, { ids: variantIds }, [])
  const [groups, rules] = await Promise.all([
    pricingGroupIds(req.scope, cart.customer_id, [cart.sales_channel_id], cartCompanyId(cart) ?? undefined),
    rulesByVariant(req.scope, variantIds),
  ])
  const heldOf = (variantId: string) =>
    lines.filter((l) => l.variant_id === variantId).reduce((sum, l) => sum + Number(l.quantity), 0)
  const explained = await explainVariants(req.scope, variants, heldOf, {
    region_id: region.id,
    currency_code: cart.currency_code ?? region.currency_code,
    customer_group_ids: groups,
    country_code: cart.shipping_address?.country_code ?? region.country_code,
  })
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    lines: lines.map((line) => {
      const e = explained.get(line.variant_id!)
      return {
        line_item_id: line.id,
        variant_id: line.variant_id,
        sku: e?.sku ?? line.variant_sku ?? null,
        quantity: Number(line.quantity),
        unit_price: e?.unit_price ?? null,
        rrp: e?.rrp ?? null,
        saving: e?.saving ?? null,
        source: e?.source ?? null,
        next_tier: e && e.unit_price !== null ? nextTier(e.tiers, e.quantity, e.unit_price) : null,
        quantity_rule: rules.get(line.variant_id!) ?? null,
      }
    }),
  })
}
