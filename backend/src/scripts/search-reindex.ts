import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_INDEX } from "../lib/search/constants"
import { loadStoryTexts } from "../lib/search/content"

/**
 * `npm run search:reindex -w @hybrid/backend` (`medusa exec ./src/scripts/search-reindex.ts`):
 * rebuilds every search index from the database and `content/` into a new version and switches
 * reads over when it is complete, so search keeps answering meanwhile. Prints progress.
 */
export default async function searchReindex({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const search = container.resolve(Modules.SEARCH)
  const started = Date.now()
  const say = (message: string) => logger.info(`search:reindex: ${message}`)

  const { metadata } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip: 0, take: 1 } })
  const stories = await loadStoryTexts()
  say(`${metadata?.count ?? "?"} products and ${stories.size} live stories to index`)
  for (const index of await search.listIndexes()) {
    say(`index "${index.name}" (${index.provider}): ${index.status} before rebuild`)
  }
  const ticker = setInterval(() => say(`still rebuilding… ${Math.round((Date.now() - started) / 1000)} s`), 5_000)
  try {
    await search.reindex({ index: PRODUCT_SEARCH_INDEX })
  } finally {
    clearInterval(ticker)
  }
  const { metadata: indexed } = await search.search({
    entity: PRODUCT_SEARCH_INDEX,
    fields: ["id"],
    pagination: { skip: 0, take: 0 },
  })
  for (const index of await search.listIndexes()) {
    say(`index "${index.name}": ${index.status}, ${indexed.count ?? "?"} documents`)
  }
  say(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
