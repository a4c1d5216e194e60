import type { MedusaContainer } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { STOREFRONT_CHANNELS } from "../channels"
import { catalog, type CatalogProduct } from "./catalog"
import { STOCK_LOCATION_NAME } from "./demo-merchant"
import { categoriesByHandle, defaultShippingProfileId, query, salesChannelsByName } from "./lookups"
import sharp from "sharp"
import { renderProductPictures } from "./product-art"

export async function ensureCategories(container: MedusaContainer) {
  const existing = await categoriesByHandle(container)
  const missing = catalog.categories.filter((c) => !existing.has(c.handle))
  if (!missing.length) {
    return
  }
  await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: missing.map((c) => ({
        name: c.name,
        handle: c.handle,
        description: c.description,
        is_active: true,
      })),
    },
  })
}

type UploadedPicture = { url: string; alt: string }

/** Runs `task` over `items`, at most `limit` at a time, keeping their order. */
async function mapLimited<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await task(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
  return results
}

/**
 * Renders each product's pictures (product-art.ts) to JPEG, the way a merchant's photographs
 * arrive, and uploads them through the File Module. The storefronts make their AVIF/WebP sizes.
 */
async function uploadPictures(
  container: MedusaContainer,
  products: CatalogProduct[],
  log: (m: string) => void
): Promise<Map<string, UploadedPicture[]>> {
  const pictures = products.flatMap((p) =>
    renderProductPictures(p).map((picture) => ({ handle: p.handle, ...picture }))
  )
  log(`  rendering ${pictures.length} product pictures`)
  const files = await mapLimited(pictures, 4, async (picture) => ({
    filename: `products/${picture.handle}-${picture.view}.jpg`,
    mimeType: "image/jpeg",
    content: (await sharp(Buffer.from(picture.svg)).jpeg({ quality: 85 }).toBuffer()).toString("base64"),
    access: "public" as const,
  }))
  const { result } = await uploadFilesWorkflow(container).run({ input: { files } })
  const byHandle = new Map<string, UploadedPicture[]>()
  pictures.forEach((picture, i) => {
    const list = byHandle.get(picture.handle) ?? []
    list.push({ url: result[i].url, alt: picture.alt })
    byHandle.set(picture.handle, list)
  })
  return byHandle
}

export async function ensureProducts(container: MedusaContainer, log: (m: string) => void) {
  const q = query(container)
  const { data: existing } = await q.graph({ entity: "product", fields: ["handle"] })
  const have = new Set(existing.map((p) => p.handle))
  const missing = catalog.products.filter((p) => !have.has(p.handle))
  if (missing.length) {
    const channels = await salesChannelsByName(container)
    const categories = await categoriesByHandle(container)
    const shippingProfileId = await defaultShippingProfileId(container)
    const pictures = await uploadPictures(container, missing, log)
    const channelId = (c: "consumer" | "trade") => channels.get(STOREFRONT_CHANNELS[c].salesChannel)!
    const batchSize = 10
    for (let start = 0; start < missing.length; start += batchSize) {
      const batch = missing.slice(start, start + batchSize)
      log(`  products ${start + 1}–${start + batch.length} of ${missing.length}`)
      await createProductsWorkflow(container).run({
        input: {
          products: batch.map((p) => ({
            title: p.title,
            handle: p.handle,
            description: p.description,
            status: ProductStatus.PUBLISHED,
            thumbnail: pictures.get(p.handle)![0].url,
            // The alt text travels with the image (Medusa's product image has metadata, no alt field).
            images: pictures.get(p.handle)!.map(({ url, alt }) => ({ url, metadata: { alt } })),
            category_ids: [categories.get(p.category)!],
            shipping_profile_id: shippingProfileId,
            sales_channels: p.channels.map((c) => ({ id: channelId(c) })),
            metadata: p.attributes ? { origin: p.attributes.origin, roast: p.attributes.roast } : undefined,
            options: [{ title: p.option, values: p.variants.map((v) => v.value) }],
            variants: p.variants.map((v) => ({
              title: v.title,
              sku: v.sku,
              weight: v.weight,
              manage_inventory: true,
              options: { [p.option]: v.value },
              prices: [
                { currency_code: "eur", amount: v.prices.eur },
                { currency_code: "usd", amount: v.prices.usd },
              ],
            })),
          })),
        },
      })
    }
  }
  await ensureInventoryLevels(container)
}

async function ensureInventoryLevels(container: MedusaContainer) {
  const q = query(container)
  const { data: locations } = await q.graph({
    entity: "stock_location",
    fields: ["id"],
    filters: { name: STOCK_LOCATION_NAME },
  })
  const locationId = locations[0].id
  const stockBySku = new Map(catalog.products.flatMap((p) => p.variants.map((v) => [v.sku, v.stock])))
  const {
    data: items,
  }: { data: { id: string; sku?: string | null; location_levels?: ({ location_id: string } | null)[] | null }[] } =
    await q.graph({
      entity: "inventory_item",
      fields: ["id", "sku", "location_levels.location_id"],
    })
  const levels = items
    .filter((item) => item.sku && stockBySku.has(item.sku))
    .filter((item) => !(item.location_levels ?? []).some((l) => l?.location_id === locationId))
    .map((item) => ({
      location_id: locationId,
      inventory_item_id: item.id,
      stocked_quantity: stockBySku.get(item.sku!)!,
    }))
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  }
}
