import type { IProductModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"

type Resolver = Pick<MedusaContainer, "resolve">

export type CatalogVariant = {
  id: string
  sku: string | null
  title: string | null
  product_id: string
  product_title: string | null
  product_handle: string | null
  thumbnail: string | null
  price_set_id: string | null
  /** Published and sold in one of the given sales channels. */
  visible: boolean
}

const FIELDS = [
  "id",
  "sku",
  "title",
  "thumbnail",
  "price_set.id",
  "product.id",
  "product.title",
  "product.handle",
  "product.thumbnail",
  "product.status",
  "product.sales_channels.id",
]

/**
 * Just what deciding "is this line addable" needs (id, SKU, published, sales channels): no price
 * set (a link into the pricing module) and no display fields, for the bulk add, whose real add
 * prices the lines in Medusa's own workflow.
 */
const VISIBILITY_FIELDS = ["id", "sku", "product.id", "product.status", "product.sales_channels.id"]

function toCatalogVariant(v: any, channelIds: string[]): CatalogVariant {
  const channels: string[] = (v.product?.sales_channels ?? []).filter(Boolean).map((c: any) => c.id)
  return {
    id: v.id,
    sku: v.sku ?? null,
    title: v.title ?? null,
    product_id: v.product?.id,
    product_title: v.product?.title ?? null,
    product_handle: v.product?.handle ?? null,
    thumbnail: v.thumbnail ?? v.product?.thumbnail ?? null,
    price_set_id: v.price_set?.id ?? null,
    visible: v.product?.status === ProductStatus.PUBLISHED && channels.some((c) => channelIds.includes(c)),
  }
}

/**
 * Variants by id and/or SKU (SKUs matched as given and upper-cased), with their visibility in the
 * channels. `visibilityOnly`: id, SKU and visibility only (title, product title/handle, thumbnail
 * and price_set_id come back null) — a cheaper lookup when nothing is shown or priced from it.
 */
export async function findVariants(
  container: Resolver,
  by: { ids?: string[]; skus?: string[] },
  channelIds: string[],
  { visibilityOnly = false }: { visibilityOnly?: boolean } = {}
): Promise<CatalogVariant[]> {
  const fields = visibilityOnly ? VISIBILITY_FIELDS : FIELDS
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = [...new Set(by.ids ?? [])]
  const skus = [...new Set((by.skus ?? []).flatMap((s) => [s, s.toUpperCase()]))]
  const [byId, bySku] = await Promise.all([
    ids.length ? query.graph({ entity: "variant", fields, filters: { id: ids } }) : Promise.resolve({ data: [] }),
    skus.length ? query.graph({ entity: "variant", fields, filters: { sku: skus } }) : Promise.resolve({ data: [] }),
  ])
  const all = new Map<string, CatalogVariant>()
  for (const v of [...byId.data, ...bySku.data]) {
    all.set(v.id, toCatalogVariant(v, channelIds))
  }
  return [...all.values()]
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * Typeahead: published variants in the channels whose SKU contains q (case-insensitive) or whose
 * product or variant title contains it. Order: SKU prefix matches, other SKU matches, title
 * matches; then by SKU.
 */
export async function searchVariants(container: Resolver, q: string, channelIds: string[], limit: number) {
  const products = container.resolve<IProductModuleService>(Modules.PRODUCT)
  const like = `%${escapeLike(q)}%`
  const [variants, titled] = await Promise.all([
    products.listProductVariants(
      // FilterableProductVariantProps omits `title`, which the product module filters on all the same.
      { $or: [{ sku: { $ilike: like } }, { title: { $ilike: like } }] } as any,
      { select: ["id"], take: 200 }
    ),
    products.listProducts({ title: { $ilike: like } }, { select: ["id"], relations: ["variants"], take: 100 }),
  ])
  const ids = [
    ...new Set([...variants.map((v) => v.id), ...titled.flatMap((p) => (p.variants ?? []).map((v) => v.id))]),
  ]
  if (!ids.length) {
    return []
  }
  const found = (await findVariants(container, { ids }, channelIds)).filter((v) => v.visible)
  const needle = q.toLowerCase()
  const rank = (v: CatalogVariant) => {
    const sku = (v.sku ?? "").toLowerCase()
    return sku.startsWith(needle) ? 0 : sku.includes(needle) ? 1 : 2
  }
  return found.sort((a, b) => rank(a) - rank(b) || (a.sku ?? "").localeCompare(b.sku ?? "")).slice(0, limit)
}
