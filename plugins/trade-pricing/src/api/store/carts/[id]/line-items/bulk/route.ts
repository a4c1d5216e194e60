import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cartCompanyId } from "@hybrid/plugin-kit/company-context"
import type { IPricingModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { checkBulkLines, checkStock, mergeLines } from "../../../../../../lib/bulk"
import { findVariants } from "../../../../../../lib/catalog"
import {
  customerGroupIds,
  ownOpenCartOr404,
  pricingGroupIds,
  rulesApply,
  rulesByVariant,
} from "../../../../../../lib/context"
import { sourceOf } from "../../../../../../lib/explain"
import { sellableStock } from "@hybrid/plugin-kit/stock"
import { calculateAt, priceListTitles, regionOr400 } from "../../../../../../lib/pricing"
import type { StoreBulkAddItemsType } from "../../../../validators"

/**
 * POST /store/carts/:id/line-items/bulk { items: [{ sku | variant_id, quantity }] (1..500), dry_run }
 *
 * Every line is checked before anything is added: SKU known and sold in the cart's sales channel,
 * quantity a whole number, — for trade carts — the variant's quantity rule on the merged total
 * (what the cart holds + every row of that SKU), and that merged total against the stock the
 * channel can still sell (managed stock without backorders: "only 4 in stock" on the line). Any error → 400 with the errors line by line and
 * the cart unchanged. dry_run → 200 with each line's unit price and source as the cart would
 * price it (all lines in one pricing pass with the cart's region and customer). Otherwise ONE
 * addToCartWorkflow run with all items (duplicate rows merged) → 200 { cart }.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreBulkAddItemsType>, res: MedusaResponse) {
  const { items, dry_run } = req.validatedBody
  const cart = await ownOpenCartOr404(req.scope, req.params.id, req.auth_context?.actor_id)
  // The variant lookup and the audience (customer groups → trade cart or not) are independent:
  // run them together. The real add looks variants up for visibility only (Medusa's workflow
  // prices them); the dry run also needs their price sets and titles.
  const groupsOf = customerGroupIds(req.scope, cart.customer_id)
  const [variants, groups, subject] = await Promise.all([
    findVariants(
      req.scope,
      {
        ids: items.filter((i) => !i.sku && i.variant_id).map((i) => i.variant_id!),
        skus: items.map((i) => i.sku?.trim()).filter((s): s is string => !!s),
      },
      cart.sales_channel_id ? [cart.sales_channel_id] : [],
      { visibilityOnly: !dry_run }
    ),
    pricingGroupIds(req.scope, cart.customer_id, [cart.sales_channel_id], cartCompanyId(cart) ?? undefined),
    groupsOf.then((group_ids) => rulesApply(req.scope, { ...cart, group_ids })),
  ])
  const rules = subject
    ? await rulesByVariant(
        req.scope,
        variants.map((v) => v.id)
      )
    : null
  const held = new Map<string, number>()
  for (const line of cart.items) {
    if (line.variant_id) {
      held.set(line.variant_id, (held.get(line.variant_id) ?? 0) + Number(line.quantity))
    }
  }
  const { lines, errors: lineErrors } = checkBulkLines(
    items as { sku?: string; variant_id?: string; quantity: unknown }[],
    {
      bySku: new Map(variants.filter((v) => v.sku).map((v) => [v.sku!, v])),
      byId: new Map(variants.map((v) => [v.id, v])),
    },
    held,
    rules
  )
  // Stock last, on the rows that are otherwise fine: "only 4 in stock" on the line, before the add
  // (Medusa's own refusal names no line).
  const stock = await sellableStock(req.scope, [...new Set(lines.map((l) => l.variant.id))], cart.sales_channel_id)
  const errors = [...lineErrors, ...checkStock(lines, held, stock)].sort((a, b) => a.line - b.line)
  const errorMessage = () => `items: ${new Set(errors.map((e) => e.line)).size} of ${items.length} lines have errors`

  if (dry_run) {
    const merged = mergeLines(lines)
    const totalOf = new Map(merged.map((m) => [m.variant_id, m.quantity + (held.get(m.variant_id) ?? 0)]))
    const region = await regionOr400(req.scope, cart.region_id!)
    const pricing = req.scope.resolve<IPricingModuleService>(Modules.PRICING)
    const byId = new Map(variants.map((v) => [v.id, v]))
    const caller = {
      region_id: region.id,
      currency_code: cart.currency_code ?? region.currency_code,
      customer_group_ids: groups,
      country_code: null,
    }
    // One pass: the variants sharing a resulting quantity are priced together.
    const byQuantity = new Map<number, string[]>()
    for (const m of merged) {
      const set = byId.get(m.variant_id)?.price_set_id
      if (set) {
        byQuantity.set(totalOf.get(m.variant_id)!, [...(byQuantity.get(totalOf.get(m.variant_id)!) ?? []), set])
      }
    }
    const priced = await Promise.all(
      [...byQuantity.entries()].map(([quantity, sets]) => calculateAt(pricing, sets, [quantity], caller))
    )
    const priceOf = (setId: string | null, quantity: number) =>
      setId ? (priced.map((p) => p.get(setId)?.get(quantity)).find(Boolean) ?? null) : null
    const titles = await priceListTitles(
      pricing,
      priced.flatMap((p) => [...p.values()].flatMap((m) => [...m.values()].map((c) => c.price_list_id ?? "")))
    )
    res.setHeader("Cache-Control", "private, no-store")
    res.json({
      lines: lines.map((l) => {
        const variant = byId.get(l.variant.id)!
        const price = priceOf(variant.price_set_id, totalOf.get(l.variant.id)!)
        return {
          line: l.line,
          sku: variant.sku,
          variant_id: variant.id,
          product_title: variant.product_title,
          title: variant.title,
          quantity: l.quantity,
          unit_price: price ? price.amount : null,
          source: price ? sourceOf(price, titles) : null,
          quantity_rule: rules?.get(variant.id) ?? null,
        }
      }),
      errors,
      cart_unchanged: true,
    })
    return
  }

  if (errors.length) {
    res.status(400).json({ type: "invalid_data", message: errorMessage(), errors })
    return
  }
  await addToCartWorkflow(req.scope).run({ input: { cart_id: cart.id, items: mergeLines(lines) } })
  const updated = await refetchCart(cart.id, req.scope, defaultStoreCartFields)
  res.json({ cart: updated })
}
