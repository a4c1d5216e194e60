import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_INDEX } from "./constants"
import { loadStoryTexts, storyFingerprint } from "./content"

type SearchModule = {
  search(
    query: Record<string, unknown>
  ): Promise<{ hits: { id: string; document: Record<string, any> }[]; metadata: { count: number | null } }>
  reindex(input: Record<string, unknown>): Promise<unknown>
}

const PAGE = 500

/**
 * Re-indexes the products whose document is out of step with what it is built from, and returns
 * their handles:
 * - a story whose live text at `now` differs from what the document holds (edited, published,
 *   scheduled to appear or to expire). Content lives in files, so no event announces a change;
 * - a product with no document at all, e.g. created by a process that exited before its events
 *   were indexed (provisioning runs in a short-lived `medusa exec`).
 * The `search-content-sync` job runs this every minute, so schedules take effect within a minute.
 */
export async function syncSearchIndex(container: MedusaContainer, now: Date = new Date()): Promise<string[]> {
  const search = container.resolve(Modules.SEARCH) as unknown as SearchModule
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const stories = await loadStoryTexts(now)

  const products = new Map<string, string>()
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "handle"],
      pagination: { skip, take: PAGE },
    })
    for (const p of data as { id: string; handle: string }[]) products.set(p.id, p.handle)
    if (data.length < PAGE) break
  }
  const stale = new Map<string, string>()
  const indexed = new Set<string>()
  for (let skip = 0; ; skip += PAGE) {
    // Without a query or an order the provider pages by id.
    const page = await search.search({
      entity: PRODUCT_SEARCH_INDEX,
      fields: ["id", "handle", "story_hash"],
      pagination: { skip, take: PAGE },
    })
    for (const { id, document } of page.hits) {
      indexed.add(id)
      if (products.has(id) && document.story_hash !== storyFingerprint(stories.get(document.handle)))
        stale.set(id, document.handle)
    }
    if (page.hits.length < PAGE) break
  }
  for (const [id, handle] of products) if (!indexed.has(id)) stale.set(id, handle)
  if (stale.size) {
    await search.reindex({ index: PRODUCT_SEARCH_INDEX, filters: { id: [...stale.keys()] }, strategy: "in_place" })
  }
  return [...stale.values()]
}
