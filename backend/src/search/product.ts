import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_INDEX } from "../lib/search/constants"
import { loadStoryTexts, type StoryText } from "../lib/search/content"
import { PRODUCT_SOURCE_FIELDS, toProductDocument } from "../lib/search/documents"
import { productIdsForEvent, PRODUCT_SEARCH_EVENTS } from "../lib/search/events"

const price = () =>
  search
    .float()
    .filterable()
    .sortable()
    .facetable({ types: ["range"] })

/**
 * One document per product for both storefronts' search (GET /store/search). Kept current by the
 * Search Module itself: it seeds the index when it is new or empty, and its ingestion subscriber
 * feeds it the events below (products, variants and their base prices, categories, stock). The
 * stories of `@hybrid/content` are read when a document is built; `npm run search:reindex` and the
 * `search-content-sync` job re-index products whose live story changed.
 */
const source = {
  fields: PRODUCT_SOURCE_FIELDS,
  transform: async (
    rows: Record<string, any>[],
    context: { container: { logger?: { warn(message: string): void } } }
  ) => {
    // Content trouble must not stop products from being indexed: without stories they are still
    // found by everything else, and the sync job adds the story text once content loads again.
    const stories = await loadStoryTexts().catch((error: Error) => {
      context.container.logger?.warn(`[search] product stories not indexed: ${error.message}`)
      return new Map<string, StoryText>()
    })
    return rows.map((row) => toProductDocument(row, stories.get(row.handle)))
  },
}

export default defineSearchIndex({
  name: PRODUCT_SEARCH_INDEX,
  entity: "product",
  fields: search.define({
    id: search.keyword().filterable().retrievable(),
    handle: search.keyword().filterable().retrievable(),
    title: search.text().searchable({ weight: 3 }).sortable().retrievable(),
    description: search.text().searchable({ weight: 1 }).retrievable(false),
    status: search.keyword().filterable().retrievable(false),
    thumbnail: search.keyword().retrievable(),
    created_at: search.date().sortable().retrievable(false),
    sales_channel_ids: search.keyword().array().filterable().retrievable(false),
    category_ids: search.keyword().array().filterable().retrievable(false),
    category_handles: search.keyword().array().filterable().facetable().retrievable(),
    category_names: search.text().array().searchable({ weight: 2 }).retrievable(),
    skus: search.keyword().array().searchable({ weight: 3 }).filterable().retrievable(),
    sku_text: search.keyword().filterable().retrievable(false),
    origin: search.keyword().searchable({ weight: 2 }).filterable().facetable().retrievable(),
    roast: search.keyword().searchable({ weight: 1 }).filterable().facetable().retrievable(),
    size: search.keyword().array().filterable().facetable().retrievable(),
    variant_titles: search.text().array().searchable({ weight: 1 }).retrievable(false),
    min_price: search.object({ eur: price(), usd: price() }),
    in_stock: search.boolean().filterable().facetable().retrievable(),
    story_consumer: search.text().searchable({ weight: 1 }).retrievable(false),
    story_trade: search.text().searchable({ weight: 1 }).retrievable(false),
    story_hash: search.keyword().retrievable(),
  }),
  events: PRODUCT_SEARCH_EVENTS,
  consume: graphConsume({
    ...source,
    resolve_ids: (event, context) => productIdsForEvent(event, context.container.query),
    // Only a deleted product leaves the index; a deleted variant or category re-indexes its products.
    is_delete: (event) => event.name === "product.deleted",
  }),
  seed: graphSeed({ ...source, batch_size: 100 }),
})
