/**
 * The events that change what a product document holds, and how each maps to product ids. Price
 * lists are absent on purpose: documents hold list prices only; every viewer's own price (trade
 * prices included) is computed by the pricing module per request.
 */
export const PRODUCT_SEARCH_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "product-category.updated",
  "product-category.deleted",
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
]

type GraphQuery = {
  graph(input: Record<string, unknown>, options?: Record<string, unknown>): Promise<{ data: any[] }>
}

const idsOf = (data: unknown): string[] => {
  const value = (data as { id?: unknown } | undefined)?.id
  return (Array.isArray(value) ? value : [value]).filter((id): id is string => typeof id === "string")
}

/** Product ids an event concerns; empty when it concerns none (e.g. an unknown variant). */
export async function productIdsForEvent(
  event: { name: string; data?: unknown },
  query: GraphQuery
): Promise<string[]> {
  const ids = idsOf(event.data)
  if (!ids.length) return []
  const [kind] = event.name.split(".")
  if (kind === "product") return ids
  if (kind === "product-variant") {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["product_id"],
      filters: { id: ids },
      withDeleted: true,
    })
    return unique(data.map((v) => v.product_id))
  }
  if (kind === "product-category") {
    const { data } = await query.graph({
      entity: "product_category",
      fields: ["products.id"],
      filters: { id: ids },
      withDeleted: true,
    })
    return unique(data.flatMap((c) => (c.products ?? []).map((p: any) => p?.id)))
  }
  if (kind === "inventory-level") {
    const { data: levels } = await query.graph({
      entity: "inventory_level",
      fields: ["inventory_item_id"],
      filters: { id: ids },
      withDeleted: true,
    })
    const itemIds = unique(levels.map((l) => l.inventory_item_id))
    if (!itemIds.length) return []
    const { data: items } = await query.graph({
      entity: "inventory_item",
      fields: ["variants.product_id"],
      filters: { id: itemIds },
    })
    return unique(items.flatMap((i) => (i.variants ?? []).map((v: any) => v?.product_id)))
  }
  return []
}

function unique(values: unknown[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === "string" && !!v))]
}
