import type { CreatePriceListWorkflowInputDTO, MedusaContainer } from "@medusajs/framework/types"
import { createPriceListPricesWorkflow, createPriceListsWorkflow } from "@medusajs/medusa/core-flows"
import { TRADE_PRICING_MODULE } from "@hybrid/trade-pricing/constants"
import { upsertQuantityRuleWorkflow } from "@hybrid/trade-pricing/workflows"
import { catalog } from "./catalog"
import { TRADE_PRICE_LIST_TITLE } from "./demo-merchant"
import { query, tradeGroupId } from "./lookups"

export async function ensureTradePricing(container: MedusaContainer) {
  const q = query(container)
  const groupId = await tradeGroupId(container)
  const { data: variants } = await q.graph({ entity: "variant", fields: ["id", "sku"] })
  const variantIdBySku = new Map(variants.map((v) => [v.sku, v.id]))
  const rows = catalog.products.flatMap((p) =>
    p.variants.flatMap((v) =>
      v.trade && variantIdBySku.has(v.sku)
        ? (["eur", "usd"] as const).flatMap((currency_code) =>
            v.trade![currency_code].map((tier) => ({
              variant_id: variantIdBySku.get(v.sku)!,
              currency_code,
              amount: tier.amount,
              min_quantity: tier.min_quantity,
            }))
          )
        : []
    )
  )

  const {
    data: lists,
  }: { data: { id: string; prices?: ({ price_set?: { variant?: { id: string } | null } | null } | null)[] | null }[] } =
    await q.graph({
      entity: "price_list",
      fields: ["id", "prices.price_set.variant.id"],
      filters: { title: TRADE_PRICE_LIST_TITLE },
    })
  if (!lists.length) {
    await createPriceListsWorkflow(container).run({
      input: {
        price_lists_data: [
          {
            title: TRADE_PRICE_LIST_TITLE,
            description: "Net prices and volume tiers for approved trade customers.",
            status: "active",
            type: "sale",
            rules: { "customer.groups.id": [groupId] },
            prices: rows,
            // `type` is accepted by the pricing module though the workflow DTO omits it.
          } as CreatePriceListWorkflowInputDTO,
        ],
      },
    })
    return
  }
  // Top up variants added to the catalog since the list was created; never touch edited prices.
  const priced = new Set((lists[0].prices ?? []).map((p) => p?.price_set?.variant?.id).filter(Boolean))
  const missing = rows.filter((r) => !priced.has(r.variant_id))
  if (missing.length) {
    await createPriceListPricesWorkflow(container).run({
      input: { data: [{ id: lists[0].id, prices: missing }] },
    })
  }
}

/**
 * The catalog's quantity rules (case sizes, minimums, maximums for trade carts). Only variants
 * without a rule get one, so rules the merchant edited in the admin are kept.
 */
export async function ensureQuantityRules(container: MedusaContainer) {
  // Quantity rules live in the trade-pricing plugin's module: nothing to do without it.
  if (!container.hasRegistration(TRADE_PRICING_MODULE)) {
    return
  }
  const wanted = catalog.products.flatMap((p) => p.variants.filter((v) => v.quantity_rule))
  if (!wanted.length) {
    return
  }
  const { data: variants } = await query(container).graph({
    entity: "variant",
    fields: ["id", "sku"],
    filters: { sku: wanted.map((v) => v.sku) },
  })
  const idBySku = new Map(variants.map((v) => [v.sku, v.id]))
  const existing = await container
    .resolve<{ listQuantityRules: (filters: object, config: object) => Promise<{ variant_id: string }[]> }>(
      TRADE_PRICING_MODULE
    )
    .listQuantityRules({ variant_id: [...idBySku.values()] }, { take: null })
  const ruled = new Set(existing.map((r) => r.variant_id))
  for (const v of wanted) {
    const variantId = idBySku.get(v.sku)
    if (!variantId || ruled.has(variantId)) {
      continue
    }
    await upsertQuantityRuleWorkflow(container).run({
      input: { variant_id: variantId, ...v.quantity_rule!, max_quantity: v.quantity_rule!.max_quantity ?? null },
    })
  }
}
